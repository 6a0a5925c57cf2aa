namespace Cohorts.Host.Manage;

/// <summary>One line of a journey's history in words.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Text">What happened, in the reader's language.</param>
/// <param name="Bad">Whether it went wrong (a failed step, a failed review).</param>
public sealed record StoryLine(DateTimeOffset At, string Text, bool Bad);
