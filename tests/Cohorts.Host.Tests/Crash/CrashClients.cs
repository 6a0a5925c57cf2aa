using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Crash;

/// <summary>The writes the clients make.</summary>
internal enum WriteKind
{
    Screening,
    Outcome,
    Decision,
}

/// <summary>How a write ended, as its client saw it.</summary>
internal enum WriteEnd
{
    /// <summary>Still being tried.</summary>
    Pending,

    /// <summary>A 2xx answer: recorded.</summary>
    Recorded,

    /// <summary>A 409 naming the record there already (after a retry): recorded, by an earlier attempt.</summary>
    RecordedAlready,

    /// <summary>A 400 saying it was done already: the issue 11 bug (a retry after a lost answer must get 2xx or 409).</summary>
    RefusedAsAlreadyDone,

    /// <summary>Any other refusal.</summary>
    Refused,

    /// <summary>No answer that says it is recorded before the run's deadline.</summary>
    GaveUp,
}

/// <summary>One write and what its client saw: attempts, answers lost to a kill, the final answer.</summary>
internal sealed class WriteRecord(WriteKind kind, Guid id, Guid companyId, string decision)
{
    public WriteKind Kind { get; } = kind;

    public Guid Id { get; } = id;

    public Guid CompanyId { get; } = companyId;

    /// <summary>For a screening: accepted or rejected.</summary>
    public string Decision { get; } = decision;

    /// <summary>For an outcome: the companies the session expects (all reported present).</summary>
    public IReadOnlyList<Guid> Companies { get; init; } = [];

    public int Attempts { get; set; }

    /// <summary>Attempts that got no answer (connection refused or reset: the host was killed or down).</summary>
    public int LostAnswers { get; set; }

    /// <summary>409 "changed by someone else" answers, retried.</summary>
    public int Conflicts { get; set; }

    /// <summary>5xx answers, retried.</summary>
    public int ServerErrors { get; set; }

    public WriteEnd End { get; set; }

    public int FinalStatus { get; set; }

    public string FinalBody { get; set; } = string.Empty;

    /// <summary>Gets a value indicating whether the client holds an answer that says the write is recorded.</summary>
    public bool Acknowledged => End is WriteEnd.Recorded or WriteEnd.RecordedAlready;

    /// <summary>Gets a value indicating whether the write may be in the database (acknowledged, or refused as done already).</summary>
    public bool MaybeWritten => Acknowledged || End == WriteEnd.RefusedAsAlreadyDone;

    public override string ToString() =>
        $"{Kind} {Id} ({(Kind == WriteKind.Screening ? Decision + ", " : string.Empty)}{Attempts} attempt(s), {LostAnswers} lost answer(s), {Conflicts} conflict(s), {ServerErrors} 5xx): {End} {FinalStatus} {Shorten(FinalBody)}";

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}

/// <summary>
/// Concurrent API clients: each takes a write from a shared queue and retries it until an answer says it is recorded
/// (2xx, or a 409 naming the record), whatever the host does in between (killed, restarting). A discovery loop reads
/// the database for new sessions and milestones and queues their outcome and decision. Each write has one owner, so a
/// "done already" answer can only be about an earlier attempt of the same client. With several hosts, each client
/// starts on one and moves to the next when an answer is lost or a 5xx comes back, as a load balancer would; the one
/// bearer token, issued by whichever host answered first, is sent to all of them.
/// </summary>
internal sealed class CrashClients : IAsyncDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(20);

    private readonly IReadOnlyList<Uri> _hosts;
    private readonly ICrashDatabase _database;
    private readonly Channel<WriteRecord> _queue = Channel.CreateUnbounded<WriteRecord>();
    private readonly ConcurrentDictionary<(WriteKind, Guid), WriteRecord> _writes = new();
    private readonly ConcurrentDictionary<Uri, int> _recordedBy = new();
    private readonly ConcurrentDictionary<Uri, int> _lostBy = new();
    private readonly List<HttpClient> _clients = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Random _random;
    private readonly SemaphoreSlim _signIn = new(1, 1);
    private string? _token;
    private int _inFlight;
    private long _lastNewWork;
    private int _answered;
    private TaskCompletionSource _open = Opened();

    public CrashClients(Uri baseAddress, ICrashDatabase database, int seed)
        : this([baseAddress], database, seed)
    {
    }

    public CrashClients(IReadOnlyList<Uri> hosts, ICrashDatabase database, int seed)
    {
        _hosts = hosts;
        _database = database;
        _random = new Random(seed);
        _lastNewWork = Environment.TickCount64;
    }

    public IReadOnlyCollection<WriteRecord> Writes => [.. _writes.Values];

    /// <summary>Gets how many writes each host acknowledged (2xx).</summary>
    public IReadOnlyDictionary<Uri, int> RecordedBy => _recordedBy;

    /// <summary>Gets how many attempts each host left without an answer (down, killed, restarting).</summary>
    public IReadOnlyDictionary<Uri, int> LostBy => _lostBy;

    /// <summary>Gets the number of answers received so far (any status): the killer waits for traffic between kills.</summary>
    public int Answered => Volatile.Read(ref _answered);

    /// <summary>Gets a value indicating whether every write queued so far has ended.</summary>
    public bool Idle => Volatile.Read(ref _inFlight) == 0 && _queue.Reader.Count == 0;

    /// <summary>Gets how long ago the last write was queued.</summary>
    public TimeSpan SinceNewWork => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastNewWork));

    /// <summary>Queues the screenings (accepted, or rejected with reasons for one company in five) in random order.</summary>
    public void QueueScreenings(IEnumerable<Guid> companyIds)
    {
        var ids = companyIds.ToArray();
        _random.Shuffle(ids);
        for (var i = 0; i < ids.Length; i++)
        {
            Queue(new WriteRecord(WriteKind.Screening, ids[i], ids[i], i % 5 == 4 ? "rejected" : "accepted"));
        }
    }

    /// <summary>Runs <paramref name="count"/> clients and the discovery loop until <see cref="Stop"/>; ends when they have.</summary>
    public Task RunAsync(int count, DateTimeOffset deadline)
    {
        var tasks = new List<Task> { DiscoverAsync(_stop.Token) };
        for (var i = 0; i < count; i++)
        {
            var perHost = _hosts.Select(host => new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
            {
                BaseAddress = host,
                Timeout = RequestTimeout,
            }).ToArray();
            _clients.AddRange(perHost);
            tasks.Add(ClientAsync(perHost, i % perHost.Length, deadline));
        }

        return Task.WhenAll(tasks);
    }

    /// <summary>
    /// Holds every client before its next write (writes under way go on) until <see cref="Resume"/>: a killer that has to
    /// wait for a slow restart keeps work for its next kill instead of watching the whole workload end on one host.
    /// </summary>
    public void Hold()
    {
        if (Volatile.Read(ref _open).Task.IsCompleted)
        {
            Volatile.Write(ref _open, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
    }

    /// <summary>Lets the held clients write again.</summary>
    public void Resume() => Volatile.Read(ref _open).TrySetResult();

    /// <summary>Stops queueing and lets the clients end once the queue is empty.</summary>
    public void Stop()
    {
        Resume();
        _queue.Writer.TryComplete();
        _stop.Cancel();
    }

    public async ValueTask DisposeAsync()
    {
        Stop();
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _stop.Dispose();
        _signIn.Dispose();
        await Task.CompletedTask;
    }

    private void Queue(WriteRecord write)
    {
        if (_writes.TryAdd((write.Kind, write.Id), write))
        {
            Interlocked.Exchange(ref _lastNewWork, Environment.TickCount64);
            _queue.Writer.TryWrite(write);
        }
    }

    /// <summary>Queues the outcome of every new session and the decision of every new milestone, every 250 ms.</summary>
    private async Task DiscoverAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                foreach (var session in await _database.SessionsAsync())
                {
                    if (!_writes.ContainsKey((WriteKind.Outcome, session.Id)))
                    {
                        Queue(new WriteRecord(WriteKind.Outcome, session.Id, session.Company, string.Empty) { Companies = session.CompanyIds });
                    }
                }

                foreach (var milestone in await _database.MilestonesAsync())
                {
                    Queue(new WriteRecord(WriteKind.Decision, milestone.Id, milestone.CompanyId ?? Guid.Empty, string.Empty));
                }
            }
            catch (System.Data.Common.DbException)
            {
                // The database is busy (the host starting, migrating): read again next time.
            }

            try
            {
                await Task.Delay(250, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ClientAsync(HttpClient[] perHost, int first, DateTimeOffset deadline)
    {
        var host = new HostChoice(perHost, first);
        await foreach (var write in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            Interlocked.Increment(ref _inFlight);
            try
            {
                await Volatile.Read(ref _open).Task;
                await WriteAsync(host, write, deadline);
                host.Next(); // the next write to the next host: every host gets its share of the traffic
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    /// <summary>Sends a write until an answer says it is recorded, or refuses it; any lack of answer is retried.</summary>
    private async Task WriteAsync(HostChoice host, WriteRecord write, DateTimeOffset deadline)
    {
        while (true)
        {
            var client = host.Current;
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                write.End = WriteEnd.GaveUp;
                return;
            }

            if (await TokenAsync(client) is not { } token)
            {
                host.Next();
                await Task.Delay(100 + Next(100), CancellationToken.None);
                continue;
            }

            write.Attempts++;
            int status;
            string body;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, PathOf(write)) { Content = JsonContent.Create(BodyOf(write)) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await client.SendAsync(request, CancellationToken.None);
                status = (int)response.StatusCode;
                body = await response.Content.ReadAsStringAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                write.LostAnswers++;
                _lostBy.AddOrUpdate(client.BaseAddress!, 1, (_, n) => n + 1);
                host.Next();
                await Task.Delay(100 + Next(150), CancellationToken.None);
                continue;
            }

            Interlocked.Increment(ref _answered);
            write.FinalStatus = status;
            write.FinalBody = body;
            switch (status)
            {
                case >= 200 and < 300:
                    write.End = WriteEnd.Recorded;
                    _recordedBy.AddOrUpdate(client.BaseAddress!, 1, (_, n) => n + 1);
                    return;
                case (int)HttpStatusCode.Unauthorized:
                    Interlocked.CompareExchange(ref _token, null, token);
                    continue;
                case >= 500:
                    write.ServerErrors++;
                    host.Next();
                    await Task.Delay(100 + Next(150), CancellationToken.None);
                    continue;
                case (int)HttpStatusCode.Conflict when IsConcurrencyConflict(body):
                    write.Conflicts++;
                    await Task.Delay(20 + Next(80), CancellationToken.None);
                    continue;
                case (int)HttpStatusCode.Conflict:
                    write.End = WriteEnd.RecordedAlready;
                    return;
                case (int)HttpStatusCode.BadRequest when body.Contains("already", StringComparison.OrdinalIgnoreCase):
                    write.End = WriteEnd.RefusedAsAlreadyDone;
                    return;
                default:
                    write.End = WriteEnd.Refused;
                    return;
            }
        }
    }

    /// <summary>A 409 that names no record: the engine's "changed by someone else" (or "not possible in the instance's current state"), worth a retry.</summary>
    private static bool IsConcurrencyConflict(string body) =>
        body.Contains("Changed by someone else", StringComparison.OrdinalIgnoreCase)
        || body.Contains("instance's current state", StringComparison.OrdinalIgnoreCase);

    private static string PathOf(WriteRecord write) => write.Kind switch
    {
        WriteKind.Screening => $"/api/companies/{write.Id}/screening",
        WriteKind.Outcome => $"/api/sessions/{write.Id}/outcome",
        _ => $"/api/milestones/{write.Id}/decision",
    };

    private static object BodyOf(WriteRecord write) => write.Kind switch
    {
        WriteKind.Screening => write.Decision == "accepted"
            ? new { decision = write.Decision, reasons = (string?)null }
            : new { decision = write.Decision, reasons = (string?)"Hors du périmètre du programme." },
        WriteKind.Outcome => new
        {
            attendance = write.Companies.Select(c => new { companyId = c, present = true }),
            notes = "Séance tenue, plan d'action revu.",
        },
        _ => new { outcome = "passed" },
    };

    /// <summary>The manager's bearer token, shared by the clients (one sign-in, again only after a 401); null while the host does not answer.</summary>
    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private async Task<string?> TokenAsync(HttpClient client)
    {
        if (Volatile.Read(ref _token) is { } token)
        {
            return token;
        }

        await _signIn.WaitAsync();
        try
        {
            if (Volatile.Read(ref _token) is { } signedIn)
            {
                return signedIn;
            }

            using var response = await client.PostAsJsonAsync("/api/auth/token", new { email = CrashSetup.ManagerEmail, password = TestAccounts.Password });
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Volatile.Write(ref _token, json.RootElement.GetProperty("accessToken").GetString());
            return _token;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            return null;
        }
        finally
        {
            _signIn.Release();
        }
    }

    private int Next(int max)
    {
        lock (_random)
        {
            return _random.Next(max);
        }
    }

    /// <summary>The host a client sends to: one of the hosts' clients, the next one after a failure.</summary>
    private sealed class HostChoice(HttpClient[] perHost, int first)
    {
        private int _index = first;

        public HttpClient Current => perHost[_index];

        public void Next() => _index = (_index + 1) % perHost.Length;
    }
}
