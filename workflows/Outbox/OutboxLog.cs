using Microsoft.Extensions.Logging;

namespace Cohorts.Workflows.Outbox;

/// <summary>The signal outbox's log messages.</summary>
internal static partial class OutboxLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning, Message = "Delivering signal {Signal} ({SignalId}) failed; it stays in the outbox and is tried again")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string signal, string signalId);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Delivered {Count} signal(s) left in the outbox")]
    public static partial void Swept(ILogger logger, int count);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Signal {Signal} ({SignalId}) found no workflow waiting for it (moved on already); removed from the outbox")]
    public static partial void NoTarget(ILogger logger, string signal, string signalId);
}
