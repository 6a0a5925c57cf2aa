using System.Text.Json.Nodes;
using Cohorts.Host.Mail;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Mail;

/// <summary>Owes an e-mail as the domain does (a row in the mail outbox) and wakes the sender.</summary>
internal static class OwedMail
{
    public static async Task<Guid> AddAsync(WebApplicationFactory<Program> host, string key, string kind, string to, JsonObject data)
    {
        var services = host.Services;
        await using var db = await services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var row = await MailOutbox.AddAsync(db, key, kind, to, data, services.GetRequiredService<TimeProvider>().GetUtcNow(), CancellationToken.None);
        await db.SaveChangesAsync();
        services.GetRequiredService<MailNudge>().Nudge();
        return row!.Id;
    }
}
