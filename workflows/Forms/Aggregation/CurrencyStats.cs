namespace Cohorts.Workflows.Forms.Aggregation;

/// <summary>The amounts answered in one currency.</summary>
/// <param name="Currency">The ISO 4217 code.</param>
/// <param name="Stats">Their spread.</param>
public sealed record CurrencyStats(string Currency, NumberStats Stats);
