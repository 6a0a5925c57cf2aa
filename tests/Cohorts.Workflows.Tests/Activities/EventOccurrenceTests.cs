using Cohorts.Engine.Activities;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Activities;

public sealed class EventOccurrenceTests
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(1);

    private static Activity[] Journey => [new Intake(), new Screening { AutoAccept = true }, new WaitForSignal { Signal = "never" }];

    [Fact]
    public async Task Execute_OccurrencesWithTheirOwnData_NamesPlacesAndLinksEachEvent()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        Activity[] events =
        [
            new RecurringSessions
            {
                Every = IsoDuration.FromDays(1),
                From = "2025-11-24T09:00",
                Occurrences =
                [
                    new EventOccurrence("Innov'embre", IsoDuration.FromTime(TimeSpan.FromHours(9)), SessionKind.Conference, "Lille", Organisers: ["CRCI Nord-Pas de Calais"], ExpectedVisitors: 450),
                    new EventOccurrence(Town: "Calais", Host: "Couleurs d'Entreprises", ExpectedVisitors: 190),
                ],
                Body = new CollectiveEvent { Kind = SessionKind.Networking, At = "plannedAt", Title = "Événement ${occurrence + 1}", Organiser = "J'innove" },
            },
        ];

        await Seed.LaunchAsync(harness, Journey, events);
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 11, 26, 0, 0, 0, Paris));

        var sessions = (await Seed.AllSessionsAsync(harness)).OrderBy(s => s.PlannedAt).ToList();
        Assert.Equal(
            [
                (SessionKind.Conference, "Innov'embre", new DateTimeOffset(2025, 11, 24, 18, 0, 0, Paris), "CRCI Nord-Pas de Calais", "Lille", (int?)450),
                (SessionKind.Networking, "Événement 2", new DateTimeOffset(2025, 11, 25, 9, 0, 0, Paris), "J'innove", "Calais", (int?)190),
            ],
            sessions.Select(s => (s.Kind, s.Title, s.PlannedAt, s.Organiser!, s.Location!, s.ExpectedVisitors)));
        await using var db = await harness.OpenDbAsync();
        var links = await db.EventOrganisations.Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => new { e.SessionId, e.Role, o.Name }).ToListAsync();
        Assert.Equal(
            [(sessions[0].Id, EventOrganisationRole.Organiser, "CRCI Nord-Pas de Calais"), (sessions[1].Id, EventOrganisationRole.Host, "Couleurs d'Entreprises")],
            links.Select(l => (l.SessionId, l.Role, l.Name)).OrderBy(l => l.Name, StringComparer.Ordinal));
    }
}
