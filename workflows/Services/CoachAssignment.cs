namespace Cohorts.Workflows.Services;

/// <summary>What a manager's coach assignment did.</summary>
/// <param name="CompanyId">The company.</param>
/// <param name="CoachId">Its coach now.</param>
/// <param name="PreviousCoachId">Its coach before, if it had one.</param>
/// <param name="SessionsMoved">Upcoming sessions not yet held that moved to the new coach.</param>
/// <param name="WorkflowResumed">True when the company's workflow was waiting for a coach (no coach had room) and went on.</param>
public sealed record CoachAssignment(Guid CompanyId, Guid CoachId, Guid? PreviousCoachId, int SessionsMoved, bool WorkflowResumed);
