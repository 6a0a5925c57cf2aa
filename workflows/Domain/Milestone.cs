namespace Cohorts.Workflows.Domain;

/// <summary>A review point (e.g. the mid-term and final reviews) with its criteria, decided by a manager or a funder.</summary>
public sealed class Milestone
{
    /// <summary>Initializes a new instance of the <see cref="Milestone"/> class.</summary>
    public Milestone(Guid id, Guid cohortId, Guid? companyId, string name, string criteria, DateTimeOffset dueAt, ReviewerRole reviewer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        CohortId = cohortId;
        CompanyId = companyId;
        Name = name;
        Criteria = criteria ?? string.Empty;
        DueAt = dueAt;
        Reviewer = reviewer;
    }

    /// <summary>Gets the milestone's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets the cohort.</summary>
    public Guid CohortId { get; private set; }

    /// <summary>Gets the company reviewed (null for a cohort-wide review).</summary>
    public Guid? CompanyId { get; private set; }

    /// <summary>Gets the name.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the criteria.</summary>
    public string Criteria { get; private set; }

    /// <summary>Gets when the review is due (moved by a "needs work" decision).</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>Gets who decides.</summary>
    public ReviewerRole Reviewer { get; private set; }

    /// <summary>Gets the key of the workflow step that planned it, so a replayed step never plans it twice.</summary>
    public string? PlanKey { get; set; }

    /// <summary>Gets the decisions, oldest first ("needs work" may come before the final one).</summary>
    public List<MilestoneDecision> Decisions { get; private set; } = [];

    /// <summary>Gets the final decision (passed or failed), if any.</summary>
    public MilestoneDecision? FinalDecision => Decisions.LastOrDefault(d => d.Outcome != MilestoneOutcome.NeedsWork);

    /// <summary>Cancels a milestone not decided yet, because its journey was cancelled: a final decision nobody reviews.</summary>
    /// <returns>True when it was cancelled, false when it had a final decision already.</returns>
    public bool Cancel(string reason, string cancelledBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(cancelledBy);
        if (FinalDecision is not null)
        {
            return false;
        }

        Decisions.Add(new MilestoneDecision(MilestoneOutcome.Cancelled, reason.Trim(), null, at, cancelledBy.Trim()));
        return true;
    }

    /// <summary>Records a decision.</summary>
    /// <exception cref="InvalidOperationException">The milestone was decided already, or "needs work" lacks a later due date.</exception>
    public void Decide(MilestoneDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (FinalDecision is not null)
        {
            throw new InvalidOperationException($"Milestone '{Name}' was decided already ({FinalDecision.Outcome}).");
        }

        if (decision.Outcome == MilestoneOutcome.NeedsWork)
        {
            if (decision.NewDueAt is not { } newDue || newDue <= decision.DecidedAt)
            {
                throw new InvalidOperationException("A \"needs work\" decision sets a new due date in the future.");
            }

            DueAt = newDue;
        }

        Decisions.Add(decision);
    }
}
