using Cohorts.Engine.Time;

namespace Cohorts.Workflows.Scheduling;

/// <summary>
/// The slots a coach can be booked in from a target day, in the order they are offered: the coach's working days
/// (the calendar's working days that are among the coach's weekdays) taken a week at a time
/// (<see cref="DaysPerRound"/> working days), and within a week the first slot of each day, then the second of each
/// day, and so on, so that a coach's companies are spread over the week rather than stacked on one morning. A slot
/// is <c>first + n × length</c> within the working hours, <c>first</c> being the target's time of day kept within the
/// working hours (a session meant for 10:00 is offered 10:00 first). Pure: the same input gives the same slots.
/// </summary>
internal sealed class SlotCandidates
{
    /// <summary>How many working days a round of slots spreads over (a working week).</summary>
    public const int DaysPerRound = 5;

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

    /// <summary>Gets how many slots a round (a working week) offers.</summary>
    public int PerRound => SlotsPerDay * DaysPerRound;

    /// <summary>Gets the <paramref name="index"/>-th slot (start instant), or null past <see cref="MaxDays"/> working days.</summary>
    public DateTimeOffset? At(int index)
    {
        var round = index / PerRound;
        var inRound = index % PerRound;
        var dayIndex = (round * DaysPerRound) + (inRound % DaysPerRound);
        if (Day(dayIndex) is not { } date)
        {
            return null;
        }

        var start = _first + (_day.Length * (inRound / DaysPerRound));
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
