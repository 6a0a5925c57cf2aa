namespace Cohorts.Host.Tables;

/// <summary>A table's search box and filters, for the <c>_TableTools</c> partial.</summary>
/// <param name="Paging">The table's paging.</param>
/// <param name="Filters">The named filters, each with its label (in the reader's language).</param>
/// <param name="SearchLabel">What the search looks in ("Search companies, coaches").</param>
public sealed record TableTools(TablePaging Paging, IReadOnlyList<KeyValuePair<string, string>> Filters, string SearchLabel);
