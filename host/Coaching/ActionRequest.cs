namespace Cohorts.Host.Coaching;

/// <summary>An action agreed at a session.</summary>
/// <param name="Description">What to do (required).</param>
/// <param name="Owner">Who does it (required): the company's contact, the coach...</param>
/// <param name="DueOn">By when, if agreed.</param>
public sealed record ActionRequest(string? Description, string? Owner, DateOnly? DueOn);
