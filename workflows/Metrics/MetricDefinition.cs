using Cohorts.Workflows.Forms;

namespace Cohorts.Workflows.Metrics;

/// <summary>
/// A metric as a programme's forms declare it: its latest declaration (name, aggregation, baseline, unit, currency)
/// and every form version and question whose answers feed it.
/// </summary>
/// <param name="Id">The metric's id.</param>
/// <param name="Label">Its name: the declaration's, else the question's.</param>
/// <param name="Kind">Number or amount.</param>
/// <param name="Aggregation">How answers make a cohort's value.</param>
/// <param name="Baseline">The value at a cohort's start, if declared.</param>
/// <param name="Unit">The unit of a number metric, if declared.</param>
/// <param name="Currency">The currency of an amount metric.</param>
/// <param name="Sources">Each form version declaring it, with its question: (form id, version) → question id.</param>
public sealed record MetricDefinition(
    string Id,
    FormLabel Label,
    QuestionKind Kind,
    MetricAggregation Aggregation,
    decimal? Baseline,
    string? Unit,
    string? Currency,
    IReadOnlyDictionary<(string FormId, int Version), string> Sources);
