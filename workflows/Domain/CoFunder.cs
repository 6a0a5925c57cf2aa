namespace Cohorts.Workflows.Domain;

/// <summary>A co-funder of a programme's cohorts and the share of a cohort's budget it covers.</summary>
/// <param name="Name">Who (e.g. the Département des Hauts-de-Seine).</param>
/// <param name="Share">The share it covers, a fraction (0.5 for 50%).</param>
public sealed record CoFunder(string Name, decimal Share)
{
    /// <summary>Gets the name, checked: never blank, trimmed.</summary>
    public string Name { get; } = !string.IsNullOrWhiteSpace(Name) ? Name.Trim() : throw new ArgumentException("A co-funder has a name.", nameof(Name));

    /// <summary>Gets the share, checked: more than 0 and at most 1.</summary>
    public decimal Share { get; } = Share is > 0 and <= 1 ? Share : throw new ArgumentOutOfRangeException(nameof(Share), Share, "A co-funder's share is a fraction above 0 and at most 1.");
}
