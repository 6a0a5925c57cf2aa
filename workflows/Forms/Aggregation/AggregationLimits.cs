namespace Cohorts.Workflows.Forms.Aggregation;

/// <summary>The limits of a summary (docs/domain.md, "Answers: summary and synthesis").</summary>
public static class AggregationLimits
{
    /// <summary>The most texts a summary lists per question and group (the most recent; the count says how many matched).</summary>
    public const int MaxListedTexts = 200;

    /// <summary>The longest text search.</summary>
    public const int MaxSearchLength = 100;
}
