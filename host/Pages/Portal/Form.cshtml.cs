using Cohorts.Host.Attachments;
using Cohorts.Host.Localization;
using Cohorts.Host.Portal;
using Cohorts.Workflows.Attachments;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Portal;

/// <summary>
/// A form asked of the company, answered through the portal: every question of the version asked, in the reader's
/// language; errors next to their field with the input kept; a second visit shows the answers, editable until the
/// request's deadline, then read-only. Only the link's company's requests open (404 otherwise).
/// </summary>
public sealed class FormModel(
    PortalDoor door,
    PortalReader reader,
    FormAnswerService answers,
    PortalFormUploads uploads,
    IStringLocalizer<PortalText> text) : PortalPageModel(door)
{
    /// <summary>Gets or sets the request answered.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid RequestId { get; set; }

    /// <summary>Gets the form (null when closed or not the company's).</summary>
    public PortalFormView? View { get; private set; }

    /// <summary>Gets the fields' values (stored or as typed).</summary>
    public PortalFormValues Values { get; private set; } = null!;

    /// <summary>Gets or sets a value indicating whether the answers were just saved.</summary>
    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool Saved { get; set; }

    /// <summary>Gets the field name of a question.</summary>
    public static string Field(string questionId) => PortalFormValues.Prefix + questionId;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } view)
        {
            Values = PortalFormValues.From(view.Form, view.Answer);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } view)
        {
            return Page();
        }

        var form = await Request.ReadFormAsync(cancellationToken);
        Values = PortalFormValues.From(form);
        if (!view.Item.CanAnswer)
        {
            ModelState.AddModelError(string.Empty, text["This form can no longer be answered or changed."]);
            return Page();
        }

        var problems = new List<KeyValuePair<string, string>>();
        var pending = uploads.Pending(view.Form, form.Files, view.Answer);
        var checkedAnswers = Values.ToAnswers(view.Form, pending.Placeholders, problems);
        problems.AddRange(AnswerValidator.Validate(view.Form, checkedAnswers).Where(p => problems.All(q => q.Key != p.Key)));
        if (problems.Count > 0)
        {
            Show(problems);
            return Page();
        }

        var stored = new List<Guid>();
        try
        {
            var fileIds = await uploads.SaveAsync(pending, RequestId, Entry.OpenLink.Email, stored, cancellationToken);
            await answers.SubmitAsync(RequestId, Values.ToAnswers(view.Form, fileIds, problems), Entry.OpenLink.Email, cancellationToken);
        }
        catch (DomainRuleException refusal)
        {
            await uploads.UndoAsync(stored, Entry.OpenLink.Email);
            Show(refusal.Errors.SelectMany(e => e.Value.Select(m => new KeyValuePair<string, string>(e.Key, m))));
            return Page();
        }

        var url = Href($"/forms/{RequestId:D}");
        return Redirect(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "saved=true");
    }

    private async Task<PortalFormView?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!await OpenAsync(cancellationToken))
        {
            return null;
        }

        View = await reader.FormAsync(Entry.OpenCompany.Id, RequestId, cancellationToken);
        if (View is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return View;
    }

    private void Show(IEnumerable<KeyValuePair<string, string>> problems)
    {
        foreach (var (path, message) in problems)
        {
            var key = path.StartsWith(AnswerValidator.Root + ".", StringComparison.Ordinal)
                ? Field(path[(AnswerValidator.Root.Length + 1)..])
                : string.Empty;
            ModelState.AddModelError(key, LimitText.TryLocalize(message, text) ?? Said(path, message));
        }
    }

    /// <summary>A question's range or date said in the reader's words (the domain's message names JSON and its formats).</summary>
    private string Said(string path, string message)
    {
        var question = View?.Form.Questions.FirstOrDefault(q => path == $"{AnswerValidator.Root}.{q.Id}");
        return question?.Kind switch
        {
            QuestionKind.Scale when message.Contains("whole number", StringComparison.Ordinal) => text["The answer is a whole number from {0} to {1}.", question.Min ?? 1, question.Max ?? 5],
            QuestionKind.Date when message.StartsWith("The answer is a date", StringComparison.Ordinal) => text["Give a date, such as {0}.", new DateOnly(2026, 3, 31).ToString("d", System.Globalization.CultureInfo.CurrentCulture)],
            _ => text[message],
        };
    }
}
