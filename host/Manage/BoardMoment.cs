namespace Cohorts.Host.Manage;

/// <summary>A coming session or review of a company on the board.</summary>
/// <param name="Name">The review's name, or the session's title.</param>
/// <param name="At">When it is planned or due.</param>
/// <param name="Number">A coaching session's number in the company's journey (from 1).</param>
/// <param name="Late">Whether its date has passed without an outcome or decision.</param>
public sealed record BoardMoment(string Name, DateTimeOffset At, int? Number, bool Late);
