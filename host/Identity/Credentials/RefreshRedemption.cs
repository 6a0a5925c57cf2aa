namespace Cohorts.Host.Identity.Credentials;

/// <summary>A refresh token used for the first time: whose it was, with which security stamp, in which family.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="SecurityStamp">The user's security stamp when the token was given.</param>
/// <param name="FamilyId">The token's family, which the next token joins.</param>
internal sealed record RefreshRedemption(string UserId, string SecurityStamp, Guid FamilyId);
