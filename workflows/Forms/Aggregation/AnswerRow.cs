namespace Cohorts.Workflows.Forms.Aggregation;

/// <summary>One stored answer set as the aggregator reads it: the JSON (question id → value) and who answered.</summary>
/// <param name="Json">The answers object (a <see cref="FormAnswer.Json"/>).</param>
/// <param name="SubmittedAt">When it was submitted.</param>
public sealed record AnswerRow(string Json, DateTimeOffset SubmittedAt)
{
    /// <summary>Gets the cohort the request named, if any.</summary>
    public Guid? CohortId { get; init; }

    /// <summary>Gets the cohort's name, if any (a breakdown by cohort shows it).</summary>
    public string? CohortName { get; init; }

    /// <summary>Gets the company the request named, if any.</summary>
    public Guid? CompanyId { get; init; }

    /// <summary>Gets the company's name, if any (listed beside its texts).</summary>
    public string? CompanyName { get; init; }

    /// <summary>Gets the company's town (<c>Company.Location</c>), if any.</summary>
    public string? Town { get; init; }

    /// <summary>Gets the company's sector, if any.</summary>
    public string? Sector { get; init; }
}
