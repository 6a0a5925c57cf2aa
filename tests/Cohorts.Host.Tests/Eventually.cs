namespace Cohorts.Host.Tests;

/// <summary>
/// Waits, bounded in real time, for something a background thread of the host does (Quartz's scheduler thread, a
/// commit observer, another process): polls, never sleeps for a fixed time, fails by timeout.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    /// <summary>Reads until the read gives a value, and returns it.</summary>
    public static async Task<T> ValueAsync<T>(Func<CancellationToken, Task<T?>> read, TimeSpan? limit = null)
        where T : class
    {
        using var timeout = new CancellationTokenSource(limit ?? DefaultLimit);
        while (true)
        {
            if (await read(timeout.Token) is { } value)
            {
                return value;
            }

            await Task.Delay(Interval, timeout.Token);
        }
    }

    /// <summary>Checks until the condition holds.</summary>
    public static Task TrueAsync(Func<CancellationToken, Task<bool>> condition, TimeSpan? limit = null) =>
        ValueAsync<object>(async token => await condition(token) ? true : null, limit);
}
