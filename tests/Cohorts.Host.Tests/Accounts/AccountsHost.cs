using System.Text.Json;
using System.Web;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Host.Tests.Accounts;

/// <summary>The host without demo data, on its own files and a fake clock, with an administrator account.</summary>
public sealed class AccountsHost : IAsyncLifetime
{
    public const string Administrator = "admin@accounts.test";

    public static readonly DateTimeOffset Start = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public CohortsHostFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = new CohortsHostFactory(clock: Clock);
        await Factory.CreateUserAsync(Administrator, CohortsRoles.Administrator);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>The e-mails owed to an address, oldest first.</summary>
    public async Task<IReadOnlyList<OutgoingMessage>> MessagesToAsync(string recipient)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var messages = await db.OutgoingMessages.AsNoTracking().Where(m => m.Recipient == recipient).ToListAsync();
        return [.. messages.OrderBy(m => m.CreatedAt).ThenBy(m => m.Key, StringComparer.Ordinal)];
    }

    /// <summary>The link (url) of the latest e-mail of a kind owed to an address.</summary>
    public async Task<Uri> LatestLinkAsync(string recipient, string kind)
    {
        var message = (await MessagesToAsync(recipient)).Last(m => m.Kind == kind);
        using var data = JsonDocument.Parse(message.Data);
        return new Uri(data.RootElement.GetProperty("url").GetString()!);
    }

    /// <summary>A query parameter of a link.</summary>
    public static string Query(Uri link, string name) => HttpUtility.ParseQueryString(link.Query)[name]!;
}
