using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Cohorts.Host.Tests.Support;

/// <summary>
/// Keeps the errors the hosts of this test process log (with their exceptions), so that a test that meets an
/// unexpected 500 can say why: the answer itself never carries the cause.
/// </summary>
internal sealed class ServerErrorLog : ILoggerProvider
{
    private const int Kept = 50;

    private static readonly ConcurrentQueue<string> Errors = new();

    /// <summary>The latest errors logged, newest last.</summary>
    public static string Latest() => Errors.IsEmpty ? "(no error logged)" : string.Join(Environment.NewLine, Errors);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            Errors.Enqueue($"{logLevel} {category}[{eventId.Id}]: {formatter(state, exception)}{Environment.NewLine}{exception}");
            while (Errors.Count > Kept && Errors.TryDequeue(out _))
            {
            }
        }
    }
}
