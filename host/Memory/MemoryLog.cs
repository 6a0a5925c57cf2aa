namespace Cohorts.Host.Memory;

/// <summary>The host's memory log messages.</summary>
internal static partial class MemoryLog
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "The host was quiet: its memory was trimmed from {BeforeMegabytes:0} MB to {AfterMegabytes:0} MB committed by the garbage collector")]
    public static partial void Trimmed(ILogger logger, double beforeMegabytes, double afterMegabytes);
}
