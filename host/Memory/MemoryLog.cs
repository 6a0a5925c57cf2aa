namespace Cohorts.Host.Memory;

/// <summary>The host's memory log messages.</summary>
internal static partial class MemoryLog
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "The host was quiet: its memory was trimmed from {BeforeMegabytes:0} MB to {AfterMegabytes:0} MB committed by the garbage collector")]
    public static partial void Trimmed(ILogger logger, double beforeMegabytes, double afterMegabytes);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Debug, Message = "The C library's heap spreads the host's threads over at most {Arenas} arenas")]
    public static partial void ArenasLimited(ILogger logger, int arenas);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Debug, Message = "Cohorts:Memory:MallocArenas is {Arenas}, but this C library takes no such limit (not glibc): left as it is")]
    public static partial void ArenasNotLimited(ILogger logger, int arenas);
}
