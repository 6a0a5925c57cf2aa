using Cohorts.Host.Attachments;
using Cohorts.Workflows.Attachments;
using Cohorts.Workflows.Forms;

namespace Cohorts.Host.Portal;

/// <summary>
/// The files sent with a portal form: checked answers first (a placeholder stands for each new file), then stored
/// through <see cref="AttachmentUploader"/> (owner: the form request), and removed again when the answer is refused.
/// </summary>
public sealed class PortalFormUploads(AttachmentUploader uploader, AttachmentService attachments, AttachmentFiles files)
{
    /// <summary>The files a post brings, and the value each file question has meanwhile.</summary>
    /// <param name="Files">New files by question id.</param>
    /// <param name="Placeholders">Each file question's value for checking: the kept file's id, or a placeholder for a new one.</param>
    public sealed record PendingFiles(IReadOnlyDictionary<string, IFormFile> Files, IReadOnlyDictionary<string, string> Placeholders);

    /// <summary>Finds the new files of a post; a question without a new file keeps its stored file.</summary>
    public PendingFiles Pending(FormDefinition form, IFormFileCollection posted, System.Text.Json.Nodes.JsonObject? answer)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(posted);
        var fresh = new Dictionary<string, IFormFile>(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in form.Questions.Where(q => q.Kind == QuestionKind.File))
        {
            if (posted.GetFile(PortalFormValues.Prefix + question.Id) is { Length: > 0 } file)
            {
                fresh[question.Id] = file;
                values[question.Id] = "new-file";
            }
            else if (answer?[question.Id]?.ToString() is { Length: > 0 } kept)
            {
                values[question.Id] = kept;
            }
        }

        return new PendingFiles(fresh, values);
    }

    /// <summary>Stores the new files; answers every file question's value (ids of the new files, kept ids otherwise).</summary>
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(PendingFiles pending, Guid requestId, string by, List<Guid> stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(stored);
        var values = new Dictionary<string, string>(pending.Placeholders, StringComparer.Ordinal);
        foreach (var (questionId, file) in pending.Files)
        {
            try
            {
                await using var content = file.OpenReadStream();
                var attachment = await uploader.SaveFileAsync(new NewAttachment(AttachmentOwner.FormAnswer, requestId.ToString("D"), Path.GetFileName(file.FileName)), content, file.FileName, by, cancellationToken);
                stored.Add(attachment.Id);
                values[questionId] = attachment.Id.ToString("D");
            }
            catch (Cohorts.Workflows.Services.DomainRuleException refusal)
            {
                throw new Cohorts.Workflows.Services.DomainRuleException($"{AnswerValidator.Root}.{questionId}", refusal.Errors.First().Value[0]);
            }
        }

        return values;
    }

    /// <summary>Removes files stored for an answer that was then refused.</summary>
    public async Task UndoAsync(IEnumerable<Guid> stored, string by)
    {
        ArgumentNullException.ThrowIfNull(stored);
        foreach (var id in stored)
        {
            var attachment = await attachments.RemoveAsync(id, by, CancellationToken.None);
            if (attachment.StoragePath is { } path)
            {
                File.Delete(files.FullPath(path));
            }
        }
    }
}
