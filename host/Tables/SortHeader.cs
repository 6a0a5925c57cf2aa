namespace Cohorts.Host.Tables;

/// <summary>A sortable column's header, for the <c>_SortHeader</c> partial: a link that sorts on it, or reverses its sort.</summary>
/// <param name="Paging">The table's paging.</param>
/// <param name="Column">The column's sort name.</param>
/// <param name="Label">The header's text.</param>
public sealed record SortHeader(TablePaging Paging, string Column, string Label);
