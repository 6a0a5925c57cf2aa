namespace Cohorts.Workflows.Audit;

/// <summary>The stable codes of recorded actions (never renamed: stored rows and exports keep them).</summary>
public static class AuditActions
{
    /// <summary>Every account action starts with this (sign-in, invitations, roles, language).</summary>
    public const string AccountPrefix = "account.";

    /// <summary>A manager screened a company's application (data: decision, reasons).</summary>
    public const string CompanyScreened = "company.screened";

    /// <summary>A manager gave a company another coach (data: coach, previousCoach, sessionsMoved).</summary>
    public const string CoachChanged = "company.coach-changed";

    /// <summary>A session's outcome was recorded (data: title, present).</summary>
    public const string OutcomeRecorded = "session.outcome-recorded";

    /// <summary>A milestone was decided (data: name, outcome, reason, newDueAt).</summary>
    public const string MilestoneDecided = "milestone.decided";

    /// <summary>A cohort was created (data: name, companies).</summary>
    public const string CohortCreated = "cohort.created";

    /// <summary>A cohort was launched (data: name, version).</summary>
    public const string CohortLaunched = "cohort.launched";

    /// <summary>A programme was added (data: name).</summary>
    public const string ProgrammeAdded = "programme.added";

    /// <summary>A new version of a programme's workflow definition was published (data: definition, version).</summary>
    public const string DefinitionPublished = "definition.published";

    /// <summary>Someone signed in (data: method).</summary>
    public const string SignedIn = "account.signed-in";
}
