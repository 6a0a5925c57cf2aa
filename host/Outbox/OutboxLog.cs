namespace Cohorts.Host.Outbox;

/// <summary>The outbox delivery's log messages.</summary>
internal static partial class OutboxLog
{
    [LoggerMessage(EventId = 2103, Level = LogLevel.Error, Message = "Sweeping the signal outbox failed; it is swept again in {Interval}")]
    public static partial void SweepFailed(ILogger logger, Exception exception, TimeSpan interval);
}
