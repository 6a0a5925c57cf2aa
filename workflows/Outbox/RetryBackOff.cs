namespace Cohorts.Workflows.Outbox;

/// <summary>How an outbox row waits after a failed delivery: a delay that doubles with each attempt, up to a ceiling.</summary>
internal static class RetryBackOff
{
    /// <summary>Gets the delay after <paramref name="attempts"/> failures: <paramref name="unit"/> × 2^attempts, at most <paramref name="max"/>.</summary>
    public static TimeSpan After(int attempts, TimeSpan unit, TimeSpan max)
    {
        var delay = unit * Math.Pow(2, Math.Min(attempts, 16));
        return delay < max ? delay : max;
    }

    /// <summary>Keeps at most <paramref name="maxLength"/> characters of a failure's text.</summary>
    public static string Truncate(string error, int maxLength) => error.Length > maxLength ? error[..maxLength] : error;
}
