namespace Cohorts.Bench;

/// <summary>One row read from the engine's tables: column names and values, as SQLite stored them.</summary>
internal sealed record TemplateRow(IReadOnlyList<string> Columns, IReadOnlyList<object?> Values);
