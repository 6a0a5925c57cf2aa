namespace Cohorts.Workflows.Simulation;

/// <summary>A conflict the preview could not avoid, shown before launch.</summary>
/// <param name="Kind">What kind of conflict.</param>
/// <param name="At">When (the session's, event's or review's time), if it is about one.</param>
/// <param name="Title">The session's, event's or review's title, if it is about one.</param>
/// <param name="Coach">The coach, if it is about one.</param>
/// <param name="Company">The company, if it is about one.</param>
/// <param name="Count">A number the conflict is about (the coach's companies, the company's planned hours), if any.</param>
/// <param name="Limit">The limit it is over (the coach's capacity, the hours given per company), if any.</param>
public sealed record SimulationWarning(
    SimulationWarningKind Kind,
    DateTimeOffset? At,
    string? Title,
    string? Coach,
    string? Company,
    decimal? Count = null,
    decimal? Limit = null);
