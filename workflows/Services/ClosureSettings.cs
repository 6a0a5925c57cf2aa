namespace Cohorts.Workflows.Services;

/// <summary>A closure of a programme's calendar, both ends included.</summary>
/// <param name="From">The first day: a month-day every year (<c>08-01</c>) or a date once (<c>2027-04-14</c>).</param>
/// <param name="To">The last day, written like <paramref name="From"/>; a month-day before <paramref name="From"/> wraps the year end.</param>
/// <param name="Name">What it is (at most 100 characters), if said.</param>
public sealed record ClosureSettings(string? From, string? To, string? Name);
