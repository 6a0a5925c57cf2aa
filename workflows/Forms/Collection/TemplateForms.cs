using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Persistence;

namespace Cohorts.Workflows.Forms.Collection;

/// <summary>Publishes a built-in template's forms as version 1 of a new programme's forms, in the caller's transaction.</summary>
internal static class TemplateForms
{
    /// <summary>Adds each form document as version 1 in <paramref name="programmeId"/>.</summary>
    /// <exception cref="InvalidOperationException">A template's form does not read: the templates are part of the build.</exception>
    public static void Add(CohortsDbContext db, string programmeId, IReadOnlyList<string> forms, DateTimeOffset now, string? actor)
    {
        foreach (var json in forms)
        {
            var form = FormReader.Read(json).Definition
                ?? throw new InvalidOperationException($"A form of the template of '{programmeId}' does not read: {json[..Math.Min(80, json.Length)]}");
            db.FormVersions.Add(new FormVersion(programmeId, form.Id, 1, FormJson.Write(form), now, string.IsNullOrWhiteSpace(actor) ? AuditLog.System : actor.Trim()));
        }
    }
}
