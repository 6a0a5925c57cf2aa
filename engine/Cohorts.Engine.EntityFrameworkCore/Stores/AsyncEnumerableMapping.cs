namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>Reads a compiled query's rows into engine objects.</summary>
internal static class AsyncEnumerableMapping
{
    public static async ValueTask<IReadOnlyList<TResult>> MapToListAsync<TSource, TResult>(
        this IAsyncEnumerable<TSource> source,
        Func<TSource, TResult> map,
        CancellationToken cancellationToken)
    {
        var results = new List<TResult>();
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            results.Add(map(item));
        }

        return results;
    }
}
