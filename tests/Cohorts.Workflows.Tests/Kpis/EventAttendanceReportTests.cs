using System.Globalization;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Workflows.Tests.Kpis;

public sealed class EventAttendanceReportTests
{
    private static readonly DateTimeOffset Monday = new(2009, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly Guid CohortId = Guid.NewGuid();

    [Fact]
    public void Of_TheWeeksEvents_CountsEachAgainstItsExpectationAndTheTotalAgainstTheTarget()
    {
        var innovembre = Event("Innov'embre", 0, expected: 450, counted: 450);
        var couleurs = Event("Soirée Couleurs d'Entreprises", 1, expected: 190, counted: 171);
        var crest = Event("Portes ouvertes du CREST n°1", 0, expected: null, counted: 1_879);
        var upcoming = Event("Univ'Innov", 3, expected: 30, counted: null);
        var cancelled = Event("Manifestation n°30", 4, expected: 40, counted: null);
        cancelled.Cancel("Reportée", "manager@cohorts.demo", Monday);
        var coaching = new Session(Guid.NewGuid(), CohortId, SessionKind.Coaching, "Coaching", Monday, Guid.NewGuid(), null);

        var report = EventAttendanceReport.Of([couleurs, upcoming, innovembre, crest, coaching, cancelled], 2000m);

        Assert.Equal(["Innov'embre", "Portes ouvertes du CREST n°1", "Soirée Couleurs d'Entreprises", "Univ'Innov", "Manifestation n°30"], report.Events.Select(e => e.Title));
        Assert.Equal((2_500, 670), (report.Counted, report.Expected)); // the cancelled event expects no one
        Assert.Equal(25m, report.Gap);
        Assert.Equal([0m, null, -10m, null, null], report.Events.Select(e => e.Gap));
    }

    [Fact]
    public void Of_NoTargetNorEvent_IsEmpty()
    {
        var report = EventAttendanceReport.Of([], null);

        Assert.True(report.IsEmpty);
        Assert.Null(report.Gap);
    }

    [Theory]
    [InlineData("en", 25, "+25%")]
    [InlineData("fr-FR", 25, "+25\u202F%")]
    [InlineData("fr", -10, "\u221210\u202F%")]
    [InlineData("en", 0, "0%")]
    public void SignedPercent_AgainstTarget_SignedInTheReadersTypography(string culture, int percent, string expected)
    {
        var human = new HumanText(CultureInfo.GetCultureInfo(culture), new FakeTimeProvider(Monday), TimeZoneInfo.Utc);

        Assert.Equal(expected, human.SignedPercent(percent));
    }

    private static Session Event(string title, int day, int? expected, int? counted)
    {
        var session = new Session(Guid.NewGuid(), CohortId, SessionKind.Conference, title, Monday.AddDays(day), null, "J'innove") { ExpectedVisitors = expected };
        if (counted is { } visitors)
        {
            session.RecordOutcome(new SessionOutcome(Monday.AddDays(day).AddHours(3), "organiser@example.fr", [], string.Empty, [], visitors));
        }

        return session;
    }
}
