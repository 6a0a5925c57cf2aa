namespace Cohorts.Host.Identity.Accounts;

/// <summary>A coach or funder added to a cohort, invited when they have no account yet.</summary>
/// <param name="Email">Their e-mail address.</param>
/// <param name="Name">Their name.</param>
/// <param name="Role">coach or funder.</param>
public sealed record CohortInvitee(string Email, string Name, string Role);
