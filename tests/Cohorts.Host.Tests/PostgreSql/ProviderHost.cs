using Cohorts.Host.Tests.Support;
using Cohorts.Tests.PostgreSql;

namespace Cohorts.Host.Tests.PostgreSql;

/// <summary>
/// A host on a provider's database (<see cref="ProviderDatabase"/>) with a story's accounts, for the journeys run on
/// both providers; disposing it stops the host, then drops the database.
/// </summary>
internal sealed class ProviderHost : IAsyncDisposable
{
    private readonly ProviderDatabase _database;

    private ProviderHost(ProviderDatabase database, CohortsHostFactory host)
    {
        _database = database;
        Host = host;
    }

    /// <summary>Gets the host.</summary>
    public CohortsHostFactory Host { get; }

    /// <summary>Starts a host on a new database of the provider, on the clock, with one account per (e-mail, role).</summary>
    public static async Task<ProviderHost> StartAsync(StoreProvider provider, string name, Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, params (string Email, string Role)[] accounts)
    {
        var database = await ProviderDatabase.CreateAsync(provider, name);
        var started = new ProviderHost(database, new CohortsHostFactory(clock: clock, settings: database.Settings));
        try
        {
            foreach (var (email, role) in accounts)
            {
                await started.Host.CreateUserAsync(email, role);
            }

            return started;
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
