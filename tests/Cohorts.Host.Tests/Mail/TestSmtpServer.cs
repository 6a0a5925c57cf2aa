using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Cohorts.Host.Tests.Mail;

/// <summary>A real SMTP server in the test process (SmtpServer) on a free local port, keeping what it accepted.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private readonly Store _store = new();

    public TestSmtpServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Port(Port).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Gets the messages accepted, in order.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _store.Messages];

    /// <summary>Gets or sets how many of the next messages are refused (a 554 reply).</summary>
    public int RefuseNext
    {
        get => _store.RefuseNext;
        set => _store.RefuseNext = value;
    }

    /// <summary>The settings that send the host's e-mails here.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Cohorts:Mail:Host"] = "127.0.0.1",
        ["Cohorts:Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Cohorts:Mail:Security"] = "None",
        ["Cohorts:Mail:FromAddress"] = "programmes@cohorts.test",
        ["Cohorts:Mail:FromName"] = "Cohorts",
    };

    /// <summary>Waits until <paramref name="count"/> messages arrived.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count)
    {
        await Eventually.TrueAsync(_ => Task.FromResult(_store.Messages.Count >= count));
        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _server.Shutdown();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store : MessageStore
    {
        private int _refuseNext;

        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public int RefuseNext
        {
            get => Volatile.Read(ref _refuseNext);
            set => Volatile.Write(ref _refuseNext, value);
        }

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref _refuseNext) >= 0)
            {
                return new SmtpResponse(SmtpReplyCode.TransactionFailed, "Refused for the test");
            }

            Interlocked.Exchange(ref _refuseNext, 0);
            await using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
