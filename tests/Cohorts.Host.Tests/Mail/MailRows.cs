using System.Text.Json.Nodes;
using Cohorts.Host.Mail;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Mail;

/// <summary>Writes outbox rows into a host's database as a cause would, and reads them back.</summary>
internal static class MailRows
{
    /// <summary>Owes an e-mail now by the host's clock (or at <paramref name="owedAt"/>) and wakes the sender unless told not to.</summary>
    public static async Task<Guid> OweAsync(WebApplicationFactory<Program> host, string key, string kind, string to, JsonObject data, bool nudge = true, DateTimeOffset? owedAt = null)
    {
        var services = host.Services;
        await using var db = await services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var row = await MailOutbox.AddAsync(db, key, kind, to, data, owedAt ?? services.GetRequiredService<TimeProvider>().GetUtcNow(), CancellationToken.None);
        await db.SaveChangesAsync();
        if (nudge)
        {
            services.GetRequiredService<MailNudge>().Nudge();
        }

        return row!.Id;
    }

    /// <summary>The row as stored.</summary>
    public static async Task<OutgoingMessage> RowAsync(WebApplicationFactory<Program> host, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync(cancellationToken);
        return await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
    }
}
