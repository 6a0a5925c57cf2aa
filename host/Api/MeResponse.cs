namespace Cohorts.Host.Api;

/// <summary>Who is signed in, and what they are to which programmes and cohorts.</summary>
/// <param name="Email">The e-mail address.</param>
/// <param name="DisplayName">The name shown.</param>
/// <param name="Roles">The roles (manager, coach, funder).</param>
/// <param name="ManagedProgrammes">The ids of the programmes they manage.</param>
/// <param name="CoachIds">Their coach records (one per cohort they coach in).</param>
/// <param name="FunderIds">Their funder records (one per cohort they fund).</param>
public sealed record MeResponse(string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> ManagedProgrammes, IReadOnlyList<Guid> CoachIds, IReadOnlyList<Guid> FunderIds);
