using System.Text.Json.Nodes;
using Cohorts.Host.Inbox;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Audit;

/// <summary>Says a recorded action in words, in the reader's language (an unknown action shows its code).</summary>
public sealed class HistoryWords(IStringLocalizer<InboxText> text, HumanText human)
{
    /// <summary>Gets the line for an entry; <paramref name="companies"/> and <paramref name="coaches"/> name the ids it holds.</summary>
    public HistoryLine Line(AuditEntry entry, IReadOnlyDictionary<Guid, string> companies, IReadOnlyDictionary<Guid, string> coaches)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(coaches);
        var data = JsonNode.Parse(entry.Data) as JsonObject ?? [];
        var company = entry.CompanyId is { } companyId ? companies.GetValueOrDefault(companyId) : null;
        var said = Say(entry.Action, data, company ?? string.Empty, coaches);

        // A session's line names it by its title, which every company of a round shares ("Séance de coaching n°5"):
        // the company it was with says which one.
        return new HistoryLine(entry.At, entry.Actor, entry.Action, company, company is { Length: > 0 } && !said.Contains(company, StringComparison.Ordinal) ? text["{0} — {1}", company, said] : said);
    }

    private string Say(string action, JsonObject data, string company, IReadOnlyDictionary<Guid, string> coaches) => action switch
    {
        AuditActions.CompanyScreened => WithReason(
            Text(data, "decision") switch
            {
                "Accepted" => text["Application of {0} accepted", company],
                "Waitlisted" => text["Application of {0} put on the waiting list", company],
                _ => text["Application of {0} rejected", company],
            },
            text[Text(data, "reasons")]), // a reason the screening gave itself ("Accepted automatically.") in the reader's language; a person's as typed
        AuditActions.CoachChanged => Coach(data, company, coaches),
        AuditActions.OutcomeRecorded => text["Outcome of “{0}” recorded ({1})", Text(data, "title"), human.Count(Number(data, "present"), DomainNoun.Company)],
        AuditActions.MilestoneDecided => WithReason(
            Text(data, "outcome") switch
            {
                "Passed" => text["Milestone “{0}” passed", Text(data, "name")],
                "NeedsWork" => text["Milestone “{0}” needs more work", Text(data, "name")],
                _ => text["Milestone “{0}” failed", Text(data, "name")],
            },
            Text(data, "reason")),
        AuditActions.CohortCreated => text["Cohort “{0}” created with {1}", Text(data, "name"), human.Count(Number(data, "companies"), DomainNoun.Company)],
        AuditActions.CohortLaunched => text["Cohort “{0}” launched", Text(data, "name")],
        AuditActions.ProgrammeAdded => text["Programme “{0}” added", Text(data, "name")],
        AuditActions.ProgrammeEdited => text["Settings of programme “{0}” changed", Text(data, "name")],
        AuditActions.ProgrammeArchived => text["Programme “{0}” archived", Text(data, "name")],
        AuditActions.ProgrammeRestored => text["Programme “{0}” restored", Text(data, "name")],
        AuditActions.CohortTargetsSet => text["Targets of cohort “{0}” changed", Text(data, "name")],
        AuditActions.CohortArchived => text["Cohort “{0}” archived", Text(data, "name")],
        AuditActions.CohortRestored => text["Cohort “{0}” restored", Text(data, "name")],
        AuditActions.DefinitionPublished => text["New version {0} of the programme's journey published", Number(data, "version")],
        AuditActions.FormPublished => text["Version {0} of the form “{1}” published", Number(data, "version"), Text(data, "formId")],
        AuditActions.ApplicationCallOpened => text["Call for applications opened with the form “{0}”", Text(data, "formId")],
        AuditActions.ApplicationCallClosed => text["Call for applications closed"],
        AuditActions.ApplicationCallReopened => text["Call for applications opened again"],
        AuditActions.ApplicationSubmitted => text["Application of {0} received", Text(data, "name")],
        AuditActions.RoundOpened => text["Screening round {0} “{1}” opened", Number(data, "number"), Text(data, "name")],
        AuditActions.ApplicationScored => text["Application of {0} scored in round {1}", company, Number(data, "number")],
        AuditActions.RoundClosed => text["Screening round {0} closed", Number(data, "number")],
        AuditActions.FormRequested => text["Form “{0}” asked ({1})", Text(data, "formId"), human.Count(Number(data, "requests"), DomainNoun.Company)],
        AuditActions.FormRequestWithdrawn => text["Form “{0}” withdrawn from {1}", Text(data, "formId"), company],
        AuditActions.FormAnswered => text["{0} answered the form “{1}”", company, Text(data, "formId")],
        AuditActions.FormAnswerEdited => text["{0} changed their answers to the form “{1}”", company, Text(data, "formId")],
        AuditActions.AttachmentAdded => text["“{0}” attached", Text(data, "name")],
        AuditActions.AttachmentRemoved => text["“{0}” removed", Text(data, "name")],
        AuditActions.MetricTargetsSet => text["Metric targets of {0} set", Text(data, "name")],
        Cohorts.Workflows.Portal.PortalAuditActions.LinkSent => text["Portal link of {0} sent to {1}", company, Text(data, "email")],
        Cohorts.Workflows.Portal.PortalAuditActions.LinkRevoked => text["Portal link of {0} sent to {1} revoked", company, Text(data, "email")],
        AuditActions.EvaluationDecided => text["Application of {0} decided after round {1}", company, Number(data, "number")],
        AuditActions.SignedIn => text["Signed in"],
        AuditActions.AdministratorCreated => text["Administrator account {0} created on the command line", Text(data, "email")],
        AuditActions.Invited => text["{0} invited as {1}", Text(data, "email"), Role(Text(data, "role"))],
        AuditActions.InvitationResent => text["Invitation to {0} sent again", Text(data, "email")],
        AuditActions.InvitationCancelled => text["Invitation to {0} cancelled", Text(data, "email")],
        AuditActions.InvitationAccepted => text["{0} accepted the invitation ({1})", Text(data, "email"), Role(Text(data, "role"))],
        AuditActions.Deactivated => text["Account of {0} deactivated", Text(data, "email")],
        AuditActions.Reactivated => text["Account of {0} reactivated", Text(data, "email")],
        AuditActions.ProgrammesSet => text["Programmes managed by {0} changed ({1})", Text(data, "email"), human.Count(data["programmes"] is JsonArray programmes ? programmes.Count : 0, DomainNoun.Programme)],
        AuditActions.PasswordResetRequested => text["Password reset link sent to {0}", Text(data, "email")],
        AuditActions.PasswordReset => text["Password of {0} reset with a link", Text(data, "email")],
        AuditActions.ProfileChanged => text["{0} changed their name or language", Text(data, "email")],
        AuditActions.SessionRescheduled => WithReason(text["“{0}” moved", Text(data, "title")], Text(data, "reason")),
        AuditActions.SessionCancelled => WithReason(text["“{0}” cancelled", Text(data, "title")], Text(data, "reason")),
        AuditActions.SessionNoShow => text["No-show at “{0}”", Text(data, "title")],
        AuditActions.OutcomeCorrected => text["Outcome of “{0}” corrected", Text(data, "title")],
        AuditActions.CompanyAdded => text["{0} joined the running cohort", company],
        AuditActions.CoachAdded => text["{0} joined the cohort's coaches", Text(data, "name")],
        AuditActions.FunderAdded => text["{0} joined the cohort's funders", Text(data, "name")],
        AuditActions.CompanyDetailsChanged => Details(data, company),
        AuditActions.CompanyWithdrawn => WithReason(
            Text(data, "status") == "DroppedOut" ? text["{0} dropped out", company] : text["{0} withdrawn from the programme", company],
            Text(data, "reason")),
        AuditActions.JourneyCancelled => WithReason(text["Journey of {0} cancelled", company], Text(data, "reason")),
        AuditActions.JourneyMigrated => text["Journey of {0} moved from version {1} to version {2}", company, Number(data, "from"), Number(data, "to")],
        AuditActions.StepSkipped => WithReason(text["A failed step of the journey of {0} skipped", company], Text(data, "reason")),
        _ => action,
    };

    private string Coach(JsonObject data, string company, IReadOnlyDictionary<Guid, string> coaches)
    {
        var coach = Name(coaches, Text(data, "coachId"));
        var moved = Number(data, "sessionsMoved");
        var said = Text(data, "previousCoachId") is { Length: > 0 } previous
            ? text["Coach of {0} changed from {1} to {2}", company, Name(coaches, previous), coach]
            : text["{1} now coaches {0}", company, coach];
        return moved > 0 ? $"{said} ({text["{0} moved", human.Count(moved, DomainNoun.Session)]})" : said;
    }

    private string Details(JsonObject data, string company)
    {
        var fields = (data["changed"] as JsonArray ?? []).Select(f => f?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)f : null).Select(field => field switch
        {
            "name" => Text(data, "previousName") is { Length: > 0 } previous ? text["the name (formerly {0})", previous].Value : text["the name"].Value,
            "sector" => text["the sector"].Value,
            "headcount" => text["the headcount"].Value,
            "location" => text["the town"].Value,
            "contactEmail" => text["the contact's address"].Value,
            "contactLanguage" => text["the contact's language"].Value,
            "needs" => text["the needs"].Value,
            _ => field ?? string.Empty,
        });
        var said = text["Details of {0} changed: {1}", company, string.Join(", ", fields)].Value;
        var revoked = Number(data, "linksRevoked");
        return revoked > 0 ? $"{said} ({text["portal links of the former contact revoked: {0}", revoked]})" : said;
    }

    private string Role(string role) => role switch
    {
        "manager" => text["programme manager"],
        "coach" => text["coach"],
        "funder" => text["funder"],
        "administrator" => text["administrator"],
        "evaluator" => text["evaluator"],
        _ => role,
    };

    private string WithReason(string said, string reason) =>
        string.IsNullOrWhiteSpace(reason) ? said : text["{0}: {1}", said, reason];

    private static string Name(IReadOnlyDictionary<Guid, string> names, string id) =>
        Guid.TryParse(id, out var guid) && names.TryGetValue(guid, out var name) ? name : id;

    private static string Text(JsonObject data, string name) => data[name] is JsonValue value && value.TryGetValue<string>(out var s) ? s : string.Empty;

    private static int Number(JsonObject data, string name) => data[name] is JsonValue value && value.TryGetValue<int>(out var n) ? n : 0;
}
