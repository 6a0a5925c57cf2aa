namespace Cohorts.Host.Reporting.TourSynthesis;

/// <summary>One stop of a tour as its synthesis lists it.</summary>
/// <param name="Title">The stop's title.</param>
/// <param name="PlannedAt">When it took place (or is planned).</param>
/// <param name="Town">Its town, if known.</param>
/// <param name="Present">How many companies came.</param>
public sealed record TourStop(string Title, DateTimeOffset PlannedAt, string? Town, int Present);
