using Cohorts.Host.Localization;
using Cohorts.Workflows.Audit;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Audit;

/// <summary>Says who did something, as the audit and the forms' versions record it: a person's e-mail, or Cohorts itself.</summary>
public static class ActorText
{
    /// <summary>The actor as recorded, or "Cohorts (automatically)" for the system's own changes.</summary>
    public static string Say(string? actor, IStringLocalizer<SharedText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return actor == AuditLog.System ? text["Cohorts (automatically)"] : actor ?? string.Empty;
    }
}
