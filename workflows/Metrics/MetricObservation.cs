namespace Cohorts.Workflows.Metrics;

/// <summary>One answer's value for a metric.</summary>
/// <param name="Respondent">Whose answer: the company's id, or the answer's own key when it names no company.</param>
/// <param name="At">When it was answered (its first submission: an edit corrects the value, not the date).</param>
/// <param name="Order">The answer's row id, to order answers of the same instant.</param>
/// <param name="Value">The number or amount answered.</param>
public sealed record MetricObservation(string Respondent, DateTimeOffset At, long Order, decimal Value);
