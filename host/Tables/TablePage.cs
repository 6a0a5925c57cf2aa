namespace Cohorts.Host.Tables;

/// <summary>One page of a table: its rows and how to reach the others.</summary>
/// <typeparam name="T">A row.</typeparam>
/// <param name="Rows">The page's rows.</param>
/// <param name="Paging">The query it answers (page corrected to an existing one) and the count of matching rows.</param>
public sealed record TablePage<T>(IReadOnlyList<T> Rows, TablePaging Paging);
