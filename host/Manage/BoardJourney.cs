namespace Cohorts.Host.Manage;

/// <summary>
/// Where a company is in its journey, as the board says it in words ("coaching session 5 of 12 on 6 December;
/// mid-term review on 6 March"): its coaching sessions held and planned, the next one, and the next review.
/// </summary>
/// <param name="CoachingPlanned">The coaching sessions its journey holds (its plan's count, or those planned so far when more).</param>
/// <param name="CoachingHeld">Those whose outcome is recorded.</param>
/// <param name="NextCoaching">The next coaching session whose outcome is not recorded (late or to come), with its number.</param>
/// <param name="NextReview">Its next review not decided yet.</param>
/// <param name="AwaitsScreening">Whether its application waits for the manager's screening.</param>
/// <param name="AwaitsCoach">Whether it waits for a coach with room.</param>
public sealed record BoardJourney(
    int CoachingPlanned,
    int CoachingHeld,
    BoardMoment? NextCoaching,
    BoardMoment? NextReview,
    bool AwaitsScreening,
    bool AwaitsCoach);
