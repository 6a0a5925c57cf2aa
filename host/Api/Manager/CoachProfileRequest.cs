namespace Cohorts.Host.Api.Manager;

/// <summary>A coach joining a cohort.</summary>
/// <param name="Name">The name.</param>
/// <param name="Email">The e-mail address (the coach signs in with it).</param>
/// <param name="Capacity">The most companies the coach takes.</param>
/// <param name="Expertise">The expertise tags.</param>
public sealed record CoachProfileRequest(string? Name, string? Email, int Capacity, IReadOnlyList<string>? Expertise);
