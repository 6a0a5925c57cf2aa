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
/// "done already" answer can only be about an earlier attempt of the same client.
/// </summary>
internal sealed class CrashClients : IAsyncDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(20);

    private readonly Uri _baseAddress;
    private readonly CrashDatabase _database;
    private readonly Channel<WriteRecord> _queue = Channel.CreateUnbounded<WriteRecord>();
    private readonly ConcurrentDictionary<(WriteKind, Guid), WriteRecord> _writes = new();
    private readonly List<HttpClient> _clients = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Random _random;
    private readonly SemaphoreSlim _signIn = new(1, 1);
    private string? _token;
    private int _inFlight;
    private long _lastNewWork;
    private int _answered;

    public CrashClients(Uri baseAddress, CrashDatabase database, int seed)
    {
        _baseAddress = baseAddress;
        _database = database;
        _random = new Random(seed);
        _lastNewWork = Environment.TickCount64;
    }

    public IReadOnlyCollection<WriteRecord> Writes => [.. _writes.Values];

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
            var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
            {
                BaseAddress = _baseAddress,
                Timeout = RequestTimeout,
            };
            _clients.Add(client);
            tasks.Add(ClientAsync(client, deadline));
        }

        return Task.WhenAll(tasks);
    }

    /// <summary>Stops queueing and lets the clients end once the queue is empty.</summary>
    public void Stop()
    {
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
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // The file is busy (the host starting, migrating): read again next time.
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

    private async Task ClientAsync(HttpClient client, DateTimeOffset deadline)
    {
        await foreach (var write in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            Interlocked.Increment(ref _inFlight);
            try
            {
                await WriteAsync(client, write, deadline);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    /// <summary>Sends a write until an answer says it is recorded, or refuses it; any lack of answer is retried.</summary>
    private async Task WriteAsync(HttpClient client, WriteRecord write, DateTimeOffset deadline)
    {
        while (true)
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                write.End = WriteEnd.GaveUp;
                return;
            }

            if (await TokenAsync(client) is not { } token)
            {
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
                    return;
                case (int)HttpStatusCode.Unauthorized:
                    Interlocked.CompareExchange(ref _token, null, token);
                    continue;
                case >= 500:
                    write.ServerErrors++;
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
}
