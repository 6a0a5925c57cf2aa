using System.Collections;

namespace Cohorts.Host.Tables;

/// <summary>Compares sort keys: nulls last, strings in the reader's culture ignoring case, anything else as it compares itself.</summary>
internal sealed class TableComparer : IComparer<object?>
{
    public static TableComparer Instance { get; } = new();

    public int Compare(object? x, object? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (int a, int b) => a.CompareTo(b),
        (string a, string b) => StringComparer.CurrentCultureIgnoreCase.Compare(a, b),
        _ => Comparer.Default.Compare(x, y),
    };
}
