namespace Cohorts.Host.Api.Manager;

/// <summary>A conflict a preview could not avoid.</summary>
/// <param name="Kind">CoachOverCapacity, HoursOverBudget, EventOnExcludedDay, EventsSameDay, ReviewAfterEnd or SessionAfterEnd.</param>
/// <param name="At">When (the session's, event's or review's time), if it is about one.</param>
/// <param name="Title">The session's, event's or review's title, if it is about one.</param>
/// <param name="Coach">The coach, if it is about one.</param>
/// <param name="Company">The company, if it is about one.</param>
/// <param name="Count">The number it is about (a coach's companies, a company's planned hours), if any.</param>
/// <param name="Limit">The limit that number is over (the coach's capacity, the hours given per company), if any.</param>
public sealed record SimulatedWarning(string Kind, DateTimeOffset? At, string? Title, string? Coach, string? Company, decimal? Count, decimal? Limit);
