using Cohorts.Engine.Time;

namespace Cohorts.Workflows.Scheduling;

/// <summary>
/// The slots a coach can be booked in from a target day, in the order they are offered: the coach's working days (the
/// calendar's working days that are among the coach's weekdays), each offering at most <see cref="MaxPerDay"/> slots
/// so that a coach's companies are spread over the days rather than stacked on one. A slot is
/// <c>first + n × length</c> within the working hours, <c>first</c> being the target's time of day kept within the
/// working hours (a session meant for 10:00 is offered 10:00 first). Pure: the same input gives the same slots.
/// </summary>
internal sealed class SlotCandidates
{
    /// <summary>The most sessions a coach is offered on one day: three, so a coach's companies spread over the days.</summary>
    public const int MaxPerDay = 3;

    /// <summary>How many working days ahead a slot is looked for before giving up (about a year).</summary>
    public const int MaxDays = 260;

    private readonly DateOnly _from;
    private readonly CoachDay _day;
    private readonly BusinessCalendar? _calendar;
    private readonly TimeZoneInfo _zone;
    private readonly List<DateOnly> _days = [];

    private readonly TimeSpan _first;

    public SlotCandidates(DateOnly from, TimeOnly targetTime, CoachDay day, BusinessCalendar? calendar, TimeZoneInfo zone)
    {
        _from = from;
        _day = day;
        _calendar = calendar;
        _zone = zone;
        var latest = day.End.ToTimeSpan() - day.Length;
        _first = latest < day.Start.ToTimeSpan() ? day.Start.ToTimeSpan()
            : targetTime.ToTimeSpan() < day.Start.ToTimeSpan() ? day.Start.ToTimeSpan()
            : targetTime.ToTimeSpan() > latest ? latest
            : targetTime.ToTimeSpan();
        SlotsPerDay = Math.Max(1, (int)(((day.End.ToTimeSpan() - _first).Ticks / day.Length.Ticks)));
    }

    /// <summary>Gets how many sessions fit in one working day.</summary>
    public int SlotsPerDay { get; }

    /// <summary>Gets how many slots a day offers: <see cref="SlotsPerDay"/>, at most <see cref="MaxPerDay"/>.</summary>
    public int PerDay => Math.Min(SlotsPerDay, MaxPerDay);

    /// <summary>Gets the <paramref name="index"/>-th slot (start instant), or null past <see cref="MaxDays"/> working days.</summary>
    public DateTimeOffset? At(int index)
    {
        if (Day(index / PerDay) is not { } date)
        {
            return null;
        }

        var start = _first + (_day.Length * (index % PerDay));
        return ZonedTime.ToInstant(date.ToDateTime(TimeOnly.FromTimeSpan(start)), _zone);
    }

    private DateOnly? Day(int index)
    {
        var next = _days.Count == 0 ? _from : _days[^1].AddDays(1);
        var limit = _from.AddDays(MaxDays * 2);
        while (_days.Count <= index)
        {
            if (next > limit)
            {
                return null;
            }

            if ((_calendar?.IsWorkingDay(next) ?? true) && _day.Works(next.DayOfWeek))
            {
                _days.Add(next);
            }

            next = next.AddDays(1);
        }

        return _days[index];
    }
}
