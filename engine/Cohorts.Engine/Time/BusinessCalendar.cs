using System.Collections.Frozen;
using Cohorts.Engine.Exceptions;

namespace Cohorts.Engine.Time;

/// <summary>
/// The days a programme works: every day except the excluded weekdays, the public holidays of
/// <see cref="Holidays"/> and the <see cref="Closures"/>. Schedules use it to move an occurrence that lands on an
/// excluded day to the next working day, at the same local time.
/// </summary>
/// <example>
/// <code>
/// var calendar = new BusinessCalendar(
///     BusinessCalendar.Weekend,
///     FrenchPublicHolidays.Instance,
///     [new AnnualClosure(new MonthDay(8, 1), new MonthDay(8, 31), "Summer closure")]);
/// </code>
/// </example>
public sealed class BusinessCalendar : IEquatable<BusinessCalendar>
{
    /// <summary>The number of days after a date that <see cref="NextWorkingDay"/> searches for a working day.</summary>
    public const int MaxSearchDays = 366;

    // Annual rules repeat with the weekdays and leap years every 28 years (within 1901-2099): a calendar with no working
    // day in such a cycle has none at all. 2000-2027 is one.
    private static readonly DateOnly CycleStart = new(2000, 1, 1);
    private static readonly DateOnly CycleEnd = new(2027, 12, 31);

    /// <summary>Initializes a new instance of the <see cref="BusinessCalendar"/> class.</summary>
    /// <param name="excludedDays">The days of the week that never work (<see cref="Weekend"/>); none when null.</param>
    /// <param name="holidays">The public holidays (<see cref="FrenchPublicHolidays.Instance"/>); none when null.</param>
    /// <param name="closures">The closure periods, annual or once; none when null.</param>
    /// <exception cref="ArgumentException">The calendar leaves no working day at all.</exception>
    public BusinessCalendar(
        IEnumerable<DayOfWeek>? excludedDays = null,
        IHolidayCalendar? holidays = null,
        IEnumerable<ClosurePeriod>? closures = null)
        : this(excludedDays, holidays, closures, validate: true)
    {
    }

    private BusinessCalendar(IEnumerable<DayOfWeek>? excludedDays, IHolidayCalendar? holidays, IEnumerable<ClosurePeriod>? closures, bool validate)
    {
        var days = (excludedDays ?? []).ToFrozenSet();
        if (days.Any(d => !Enum.IsDefined(d)))
        {
            throw new ArgumentOutOfRangeException(nameof(excludedDays), "Only days of the week (Sunday to Saturday) can be excluded.");
        }

        var periods = (closures ?? []).ToArray();
        if (periods.Any(p => p is null))
        {
            throw new ArgumentException("A closure period must not be null.", nameof(closures));
        }

        ExcludedDays = days;
        Holidays = holidays;
        Closures = periods.AsReadOnly();
        if (validate && FindWhyNoDayWorks() is { } reason)
        {
            throw new ArgumentException(reason, days.Count == 7 ? nameof(excludedDays) : nameof(closures));
        }
    }

    /// <summary>Gets Saturday and Sunday.</summary>
    public static IReadOnlySet<DayOfWeek> Weekend { get; } = new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }.ToFrozenSet();

    /// <summary>Gets the days of the week that never work.</summary>
    public IReadOnlySet<DayOfWeek> ExcludedDays { get; }

    /// <summary>Gets a value indicating whether the excluded weekdays are exactly Saturday and Sunday.</summary>
    public bool ExcludesWeekends => ExcludedDays.SetEquals(Weekend);

    /// <summary>Gets the public holidays, or null when holidays work.</summary>
    public IHolidayCalendar? Holidays { get; }

    /// <summary>Gets the closure periods, in the order given.</summary>
    public IReadOnlyList<ClosurePeriod> Closures { get; }

    /// <summary>Gets a value indicating whether a date works: not an excluded weekday, holiday or closed day.</summary>
    public bool IsWorkingDay(DateOnly date) => IsWorkingDay(date, includeOnceOnly: true);

    /// <summary>Finds the first working day on or after a date (the date itself when it works).</summary>
    /// <exception cref="NoWorkingDayException">No day works in the <see cref="MaxSearchDays"/> days after the date.</exception>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        for (var i = 0; i <= MaxSearchDays; i++)
        {
            var candidate = date.AddDays(i);
            if (IsWorkingDay(candidate))
            {
                return candidate;
            }
        }

        throw new NoWorkingDayException(date, MaxSearchDays);
    }

    /// <summary>
    /// Moves an instant whose local date in <paramref name="zone"/> does not work to the next working day, keeping the
    /// local time of day (10:00 stays 10:00 across a daylight-saving change). An instant on a working day is returned
    /// as it is.
    /// </summary>
    /// <exception cref="NoWorkingDayException">No day works in the <see cref="MaxSearchDays"/> days after the date.</exception>
    public DateTimeOffset ShiftToWorkingDay(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        var date = DateOnly.FromDateTime(local);
        var working = NextWorkingDay(date);
        return working == date ? instant : ZonedTime.ToInstant(working.ToDateTime(TimeOnly.FromDateTime(local)), zone);
    }

    /// <inheritdoc />
    public bool Equals(BusinessCalendar? other) =>
        other is not null
        && ExcludedDays.SetEquals(other.ExcludedDays)
        && string.Equals(Holidays?.Name, other.Holidays?.Name, StringComparison.Ordinal)
        && Closures.SequenceEqual(other.Closures);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BusinessCalendar);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(ExcludedDays.Sum(d => 1 << (int)d), Holidays?.Name, Closures.Count);

    /// <summary>Creates a calendar without throwing: null, and the reason, when it leaves no working day.</summary>
    internal static BusinessCalendar? TryCreate(
        IEnumerable<DayOfWeek>? excludedDays,
        IHolidayCalendar? holidays,
        IEnumerable<ClosurePeriod>? closures,
        out string? problem)
    {
        var calendar = new BusinessCalendar(excludedDays, holidays, closures, validate: false);
        problem = calendar.FindWhyNoDayWorks();
        return problem is null ? calendar : null;
    }

    private string? FindWhyNoDayWorks()
    {
        if (ExcludedDays.Count == 7)
        {
            return "every day of the week is excluded: a calendar needs at least one working day";
        }

        var leapYear = Enumerable.Range(0, 366).Select(i => CycleStart.AddDays(i));
        if (leapYear.All(d => Closures.Any(c => c.IsAnnual && c.Contains(d))))
        {
            return "the annual closures cover the whole year: a calendar needs at least one working day";
        }

        for (var date = CycleStart; date <= CycleEnd; date = date.AddDays(1))
        {
            if (IsWorkingDay(date, includeOnceOnly: false))
            {
                return null;
            }
        }

        return "the excluded weekdays, holidays and annual closures leave no working day in any year";
    }

    private bool IsWorkingDay(DateOnly date, bool includeOnceOnly) =>
        !ExcludedDays.Contains(date.DayOfWeek)
        && Holidays?.IsHoliday(date) != true
        && !Closures.Any(c => (includeOnceOnly || c.IsAnnual) && c.Contains(date));
}
