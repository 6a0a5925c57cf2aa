namespace Cohorts.Host.Inbox;

/// <summary>The kinds of inbox items (stable codes of <c>GET /api/inbox</c>).</summary>
public static class InboxKinds
{
    /// <summary>A coach's session is past and its outcome not recorded.</summary>
    public const string OutcomeToRecord = "outcome-to-record";

    /// <summary>A company applied to a cohort of a managed programme and waits for its screening.</summary>
    public const string ApplicationToScreen = "application-to-screen";

    /// <summary>A milestone the user reviews is due or overdue and not decided.</summary>
    public const string MilestoneToDecide = "milestone-to-decide";

    /// <summary>Sessions of a managed cohort are past without an outcome.</summary>
    public const string LateOutcomes = "late-outcomes";

    /// <summary>A company's or cohort's journey stopped on an error and waits for a retry.</summary>
    public const string Incident = "incident";

    /// <summary>An invitation not accepted yet (administrators; added by the accounts feature through its own <see cref="IInboxSource"/>).</summary>
    public const string InvitationPending = "invitation-pending";
}
