namespace Cohorts.Host.Audit;

/// <summary>One recorded action, in words.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who (an e-mail address or a name).</param>
/// <param name="Action">The action's stable code.</param>
/// <param name="Company">The company concerned, if any.</param>
/// <param name="Text">What was done, in the reader's language.</param>
public sealed record HistoryLine(DateTimeOffset At, string Actor, string Action, string? Company, string Text);
