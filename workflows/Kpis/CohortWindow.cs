using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Kpis;

/// <summary>A cohort's time: from its start date's midnight to the midnight after its end date, in the programme's zone.</summary>
internal sealed record CohortWindow(DateTimeOffset Start, DateTimeOffset End, TimeZoneInfo Zone)
{
    public static CohortWindow Of(Cohort cohort, Programme programme)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(programme.TimeZoneId);
        return new CohortWindow(Midnight(cohort.StartDate, zone), Midnight(cohort.EndDate.AddDays(1), zone), zone);
    }

    /// <summary>Gets how much of the window has passed at an instant, from 0 to 1.</summary>
    public decimal ElapsedShare(DateTimeOffset now)
    {
        var share = (decimal)(now - Start).Ticks / (End - Start).Ticks;
        return Math.Clamp(share, 0m, 1m);
    }

    /// <summary>Gets the local date at a share of the window (beyond 1 for dates after its end; null beyond a hundred windows).</summary>
    public DateOnly? DateAt(decimal share)
    {
        if (share > 100m)
        {
            return null;
        }

        var ticks = (long)Math.Round(share * (End - Start).Ticks, MidpointRounding.AwayFromZero);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Start.AddTicks(ticks), Zone).DateTime);
    }

    private static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
