using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Tests.Domain;

/// <summary>A programme's settings edited in place: co-funders, duration, targets, archiving, each at its limit and one past.</summary>
public sealed class ProgrammeEditingTests
{
    [Fact]
    public void Constructor_OneFunderAndShare_IsTheFirstCoFunder()
    {
        var programme = new Programme("p", "P", "", "journey", 12, "Europe/Paris", 0.5m, "Département");

        Assert.Equal([new CoFunder("Département", 0.5m)], programme.CoFunders);
        Assert.Equal((0.5m, "Département"), (programme.CofundingShare, programme.FunderName));
    }

    [Fact]
    public void Fund_TenCoFundersWithinOne_AreKeptAndElevenAreRefused()
    {
        var programme = new Programme("p", "P", "", "journey", 12, "Europe/Paris", null, null);
        var ten = Enumerable.Range(1, 10).Select(i => new CoFunder($"F{i}", 0.1m)).ToList();

        programme.Fund(100m, "CHF", ten);

        Assert.Equal((1m, 10, "CHF"), (programme.CofundingShare, programme.CoFunders.Count, programme.Currency));
        Assert.Throws<ArgumentException>(() => programme.Fund(100m, "EUR", [.. ten, new CoFunder("F11", 0.01m)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => programme.Fund(100m, "EUR", [new CoFunder("A", 0.6m), new CoFunder("B", 0.5m)]));
        Assert.Throws<ArgumentException>(() => programme.Fund(100m, "EUR", [new CoFunder("A", 0.1m), new CoFunder("a", 0.1m)]));
        Assert.Equal(10, programme.CoFunders.Count); // unchanged by the refusals
    }

    [Fact]
    public void CoFunder_ShareOutsideAFraction_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoFunder("A", 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoFunder("A", 1.01m));
        Assert.Throws<ArgumentException>(() => new CoFunder(" ", 0.5m));
    }

    [Fact]
    public void Schedule_AtTheLongestAndOnePast_KeepsOrRefuses()
    {
        var programme = new Programme("p", "P", "", "journey", 12, "Europe/Paris", null, null);

        programme.Schedule(Programme.MaxDurationMonths, "Europe/Brussels");

        Assert.Equal((120, "Europe/Brussels"), (programme.DurationMonths, programme.TimeZoneId));
        Assert.Throws<ArgumentOutOfRangeException>(() => programme.Schedule(Programme.MaxDurationMonths + 1, "Europe/Paris"));
    }

    [Fact]
    public void ArchiveAndRestore_TwiceArchived_KeepsTheFirstInstant()
    {
        var programme = new Programme("p", "P", "", "journey", 12, "Europe/Paris", null, null);
        var first = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

        programme.Archive(first);
        programme.Archive(first.AddDays(1));
        Assert.Equal(first, programme.ArchivedAt);
        programme.Restore();
        Assert.Null(programme.ArchivedAt);
    }

    [Fact]
    public void SetTargets_TwoForOneIndicator_AreRefused()
    {
        var cohort = new Cohort(Guid.NewGuid(), "p", "C", new DateOnly(2027, 1, 4), new DateOnly(2027, 6, 30));

        Assert.Throws<ArgumentException>(() => cohort.SetTargets([new KpiTarget(KpiKind.SessionsHeld, 1), new KpiTarget(KpiKind.SessionsHeld, 2)]));
        cohort.SetTargets([new KpiTarget(KpiKind.Visitors, 5), new KpiTarget(KpiKind.SessionsHeld, 2)]);
        Assert.Equal([KpiKind.SessionsHeld, KpiKind.Visitors], cohort.Targets.Select(t => t.Kpi));
    }
}
