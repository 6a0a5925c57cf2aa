using Cohorts.Workflows.Metrics;

namespace Cohorts.Workflows.Forms;

/// <summary>One typed question of a form (read by <see cref="FormReader"/>, so valid).</summary>
/// <param name="Id">The question's slug, unique in its form: the key of its answer.</param>
/// <param name="Kind">What the question asks for.</param>
/// <param name="Label">The question.</param>
/// <param name="Help">An optional help text under it.</param>
/// <param name="Required">Whether an answer set must answer it.</param>
/// <param name="Options">The options of a choice question (empty otherwise).</param>
/// <param name="Min">The smallest answer of a scale (0 or 1) or a number (optional).</param>
/// <param name="Max">The largest answer of a scale (5 or 10) or a number (optional).</param>
/// <param name="Currency">The ISO 4217 currency an amount must be in (optional: any currency otherwise).</param>
public sealed record FormQuestion(
    string Id,
    QuestionKind Kind,
    FormLabel Label,
    FormLabel? Help,
    bool Required,
    IReadOnlyList<FormOption> Options,
    decimal? Min,
    decimal? Max,
    string? Currency)
{
    /// <summary>Gets the metric a number or amount question is declared as, if any (docs/domain.md, "Metrics").</summary>
    public MetricDeclaration? Metric { get; init; }
}
