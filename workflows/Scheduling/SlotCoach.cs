namespace Cohorts.Workflows.Scheduling;

/// <summary>What a placement reads of a coach and of the cohort's programme, in one read.</summary>
/// <param name="Email">The coach's e-mail address (their sessions in every cohort are theirs).</param>
/// <param name="Days">The weekdays the coach works; empty: every day the calendar works.</param>
/// <param name="Start">When their working day starts.</param>
/// <param name="End">When it ends.</param>
/// <param name="SessionLength">How long a coaching session of the cohort's programme lasts (null: no such cohort).</param>
internal sealed record SlotCoach(string Email, List<DayOfWeek> Days, TimeOnly Start, TimeOnly End, TimeSpan? SessionLength);
