using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Host.Tests.Programmes;

/// <summary>The demo's Semaine de l'Innovation on 2 December 2026: the week of 23 to 27 November just finished, every event recorded.</summary>
public sealed class SemaineDemoTests
{
    [Fact]
    public async Task Demo_SecondOfDecember_LastWeekOfNovemberPlayedWithTheArticlesAttendances()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        await using var host = new CohortsHostFactory(clock: clock, settings: new Dictionary<string, string?> { ["Cohorts:Demo:Enabled"] = "true" });
        _ = host.Server;

        using var scope = host.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Name == "Semaine de l’Innovation 2026");
        var events = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohort.Id).ToListAsync();

        Assert.Equal((new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 27)), (cohort.StartDate, cohort.EndDate));
        Assert.False(await db.Companies.AnyAsync(c => c.CohortId == cohort.Id));
        Assert.Equal(30, events.Count);
        Assert.All(events, e => Assert.NotNull(e.Outcome));
        Assert.Equal(2_500, events.Sum(e => e.Outcome!.Visitors));
        Assert.Equal(450, events.Single(e => e.Title == "Innov’embre").Outcome!.Visitors);
        Assert.Equal(190, events.Single(e => e.Title == "Soirée Couleurs d’Entreprises").Outcome!.Visitors);
    }
}
