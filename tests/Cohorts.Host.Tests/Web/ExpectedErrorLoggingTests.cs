using System.Collections.Concurrent;
using Cohorts.Host.Errors;
using Cohorts.Host.Identity;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Cohorts.Host.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cohorts.Host.Tests.Web;

/// <summary>An expected failure (not found, not allowed, unreadable input) is an answer, not an error in the log.</summary>
public sealed class ExpectedErrorLoggingTests : IAsyncLifetime
{
    private readonly CohortsHostFactory _host = new();
    private readonly CapturedLogs _logs = new();
    private WebApplicationFactory<Program> _factory = null!;

    [Fact]
    public async Task NotFoundAndBadRequests_OnApiAndPages_AreNotLoggedAsErrors()
    {
        await _factory.CreateUserAsync("manager@logs.test", CohortsRoles.Manager);
        using var api = await _factory.CreateApiClientAsync("manager@logs.test");
        using var pages = await _factory.CreatePageClientAsync("manager@logs.test");

        (await api.GetAsync("/api/sessions/00000000-0000-0000-0000-000000000001")).Dispose();
        (await api.GetAsync("/api/cohorts/00000000-0000-0000-0000-000000000001")).Dispose();
        (await api.PostAsync("/api/programmes", new StringContent("{", System.Text.Encoding.UTF8, "application/json"))).Dispose();
        (await pages.GetAsync("/manage/cohorts/00000000-0000-0000-0000-000000000001")).Dispose();
        (await pages.GetAsync("/no-such-page")).Dispose();

        var errors = _logs.Entries.Where(e => e.Level >= LogLevel.Error).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    /// <summary>
    /// A client that went away while its error was being written (the fuzz saw it on a 404): writing the problem is
    /// cancelled, and the handler says the exception is handled rather than throwing, which the framework logged as an
    /// unhandled error in its error handler.
    /// </summary>
    [Fact]
    public async Task ClientGoneWhileItsProblemIsWritten_IsHandledNotThrown()
    {
        using var scope = _factory.Services.CreateScope();
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = gone.Token };
        context.Request.Path = "/api/evaluations/rounds/00000000-0000-0000-0000-000000000001";
        context.Response.Body = new MemoryStream();
        var handler = scope.ServiceProvider.GetServices<IExceptionHandler>().OfType<CohortsExceptionHandler>().Single();

        Assert.True(await handler.TryHandleAsync(context, DomainRuleException.NotFound("roundId", "round", Guid.Empty), CancellationToken.None));
        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
    }

    public Task InitializeAsync()
    {
        _factory = _host.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(_logs)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _host.DisposeAsync();
    }

    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Captured(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Captured(CapturedLogs logs, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Entries.Enqueue((logLevel, category, $"{formatter(state, exception)} {exception?.GetType().Name}"));
        }
    }
}
