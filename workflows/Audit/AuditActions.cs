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

    /// <summary>A session was moved to another time (data: title, from, to, reason).</summary>
    public const string SessionRescheduled = "session.rescheduled";

    /// <summary>A session was cancelled (data: title, plannedAt, reason).</summary>
    public const string SessionCancelled = "session.cancelled";

    /// <summary>A company did not come to its session (data: title, plannedAt).</summary>
    public const string SessionNoShow = "session.no-show";

    /// <summary>A recorded outcome was corrected (data: title, previousPresent, present, noShow).</summary>
    public const string OutcomeCorrected = "session.outcome-corrected";

    /// <summary>A coach was added to a cohort after its creation (data: coachId, name, email).</summary>
    public const string CoachAdded = "cohort.coach-added";

    /// <summary>A funder was added to a cohort after its creation (data: funderId, name, email, share).</summary>
    public const string FunderAdded = "cohort.funder-added";

    /// <summary>A company was added to a running cohort (data: name).</summary>
    public const string CompanyAdded = "company.added";

    /// <summary>A company's details were corrected (data: name, changed: the fields, previousName when renamed, linksRevoked).</summary>
    public const string CompanyDetailsChanged = "company.details-changed";

    /// <summary>A company was withdrawn or dropped out (data: status, reason, sessionsCancelled).</summary>
    public const string CompanyWithdrawn = "company.withdrawn";

    /// <summary>A milestone was decided (data: name, outcome, reason, newDueAt).</summary>
    public const string MilestoneDecided = "milestone.decided";

    /// <summary>A company's (or a cohort's) journey was cancelled by a person (data: reason, sessionsCancelled, milestonesCancelled).</summary>
    public const string JourneyCancelled = "journey.cancelled";

    /// <summary>A journey was moved to another version of its programme's definition (data: from, to).</summary>
    public const string JourneyMigrated = "journey.migrated";

    /// <summary>The step a journey faulted in was skipped (data: reason).</summary>
    public const string StepSkipped = "journey.step-skipped";

    /// <summary>A cohort was created (data: name, companies).</summary>
    public const string CohortCreated = "cohort.created";

    /// <summary>A cohort was launched (data: name, version).</summary>
    public const string CohortLaunched = "cohort.launched";

    /// <summary>A programme was added (data: name).</summary>
    public const string ProgrammeAdded = "programme.added";

    /// <summary>A programme's settings were edited (data: name, changed: the settings changed, versions: definitions republished).</summary>
    public const string ProgrammeEdited = "programme.edited";

    /// <summary>A programme was archived (data: name).</summary>
    public const string ProgrammeArchived = "programme.archived";

    /// <summary>An archived programme was restored (data: name).</summary>
    public const string ProgrammeRestored = "programme.restored";

    /// <summary>A cohort's own targets were set (data: name, targets; empty: the programme's again).</summary>
    public const string CohortTargetsSet = "cohort.targets-set";

    /// <summary>A cohort was archived (data: name).</summary>
    public const string CohortArchived = "cohort.archived";

    /// <summary>An archived cohort was restored (data: name).</summary>
    public const string CohortRestored = "cohort.restored";

    /// <summary>A new version of a programme's workflow definition was published (data: definition, version).</summary>
    public const string DefinitionPublished = "definition.published";

    /// <summary>Someone signed in (data: method).</summary>
    public const string SignedIn = "account.signed-in";

    /// <summary>An administrator account was created on the command line (data: email).</summary>
    public const string AdministratorCreated = "account.administrator-created";

    /// <summary>A person was invited (data: email, role).</summary>
    public const string Invited = "account.invited";

    /// <summary>An invitation was sent again with a new link (data: email, sendings).</summary>
    public const string InvitationResent = "account.invitation-resent";

    /// <summary>A pending invitation was cancelled: its link stops working (data: email, role).</summary>
    public const string InvitationCancelled = "account.invitation-cancelled";

    /// <summary>An invitation was accepted: the account exists (data: email, role).</summary>
    public const string InvitationAccepted = "account.invitation-accepted";

    /// <summary>An account was deactivated (data: email).</summary>
    public const string Deactivated = "account.deactivated";

    /// <summary>An account was reactivated (data: email).</summary>
    public const string Reactivated = "account.reactivated";

    /// <summary>A manager's programmes were set (data: email, programmes).</summary>
    public const string ProgrammesSet = "account.programmes-set";

    /// <summary>A password reset link was sent (data: email).</summary>
    public const string PasswordResetRequested = "account.password-reset-requested";

    /// <summary>A password was reset with a link (data: email).</summary>
    public const string PasswordReset = "account.password-reset";

    /// <summary>A person changed their name or language (data: name, language).</summary>
    public const string ProfileChanged = "account.profile-changed";

    /// <summary>A manager published a new version of a programme's form (subject: the programme; data: formId, version, questions).</summary>
    public const string FormPublished = "form.published";

    /// <summary>A form request was answered (subject: the request; data: formId, version).</summary>
    public const string FormAnswered = "form.answered";

    /// <summary>A submitted answer was edited before its deadline (subject: the request; data: formId, edits).</summary>
    public const string FormAnswerEdited = "form.answer-edited";

    /// <summary>A file or link was attached (subject: the attachment; data: owner, ownerId, name).</summary>
    public const string AttachmentAdded = "attachment.added";

    /// <summary>An attachment was removed (subject: the attachment; data: name).</summary>
    public const string AttachmentRemoved = "attachment.removed";

    /// <summary>A manager set a programme's or a cohort's metric targets (subject: the programme or the cohort; data: name, targets).</summary>
    public const string MetricTargetsSet = "metric.targets-set";

    /// <summary>A manager opened a cohort's application call, with a new link (data: formId, closesAt).</summary>
    public const string ApplicationCallOpened = "application.call-opened";

    /// <summary>A manager closed a cohort's application call.</summary>
    public const string ApplicationCallClosed = "application.call-closed";

    /// <summary>A manager re-opened a cohort's application call with its link (data: closesAt).</summary>
    public const string ApplicationCallReopened = "application.call-reopened";

    /// <summary>A company applied through the public call (actor: its contact; data: name, formId, version).</summary>
    public const string ApplicationSubmitted = "application.submitted";

    /// <summary>A manager opened a round of scored screening (data: roundId, number, name, criteria, evaluators, applications).</summary>
    public const string RoundOpened = "evaluation.round-opened";

    /// <summary>An evaluator scored an application or changed its scores (data: roundId, scores with their previous values).</summary>
    public const string ApplicationScored = "evaluation.scored";

    /// <summary>A manager closed a round (data: roundId, number, advanced: the companies sent to the next round).</summary>
    public const string RoundClosed = "evaluation.round-closed";

    /// <summary>A manager decided an application from a round (data: roundId, decision, average); the decision itself is <see cref="CompanyScreened"/>.</summary>
    public const string EvaluationDecided = "evaluation.decided";
    /// <summary>A person asked a form of a cohort's companies or of an event's attendees (subject: the form; data: formId, version, requests, sessionId).</summary>
    public const string FormRequested = "form.requested";

    /// <summary>A form request was withdrawn (subject: the request; data: formId).</summary>
    public const string FormRequestWithdrawn = "form.request-withdrawn";

    /// <summary>A manager added an organisation to the directory (subject: the organisation; data: name, kind, town, website, contacts).</summary>
    public const string OrganisationAdded = "organisation.added";

    /// <summary>A manager edited an organisation (subject: the organisation; data: its fields after, and before).</summary>
    public const string OrganisationEdited = "organisation.edited";

    /// <summary>A manager archived an organisation (subject: the organisation; data: name).</summary>
    public const string OrganisationArchived = "organisation.archived";

    /// <summary>A manager restored an archived organisation (subject: the organisation; data: name).</summary>
    public const string OrganisationRestored = "organisation.restored";

    /// <summary>A manager changed a programme's organisations (subject: the programme; data: added and removed, each organisationId and role).</summary>
    public const string ProgrammeOrganisationsChanged = "programme.organisations-changed";

    /// <summary>A manager set an event's host and organisers (subject: the session; data: title, hostId, organiserIds).</summary>
    public const string EventOrganisationsSet = "session.organisations-set";
}
