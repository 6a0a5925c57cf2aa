using System.Globalization;

namespace Cohorts.Engine.Exceptions;

/// <summary>
/// A business calendar found no working day within its search bound: its closures (with the weekdays and holidays it
/// excludes) cover every day of that span.
/// </summary>
public sealed class NoWorkingDayException : CohortsException
{
    /// <summary>Initializes a new instance of the <see cref="NoWorkingDayException"/> class.</summary>
    public NoWorkingDayException(DateOnly from, int days)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"No working day in the {days} days from {from:yyyy-MM-dd}: the calendar's excluded weekdays, holidays and closures cover them all."))
    {
        From = from;
        Days = days;
    }

    /// <summary>Gets the day the search started from.</summary>
    public DateOnly From { get; }

    /// <summary>Gets the number of days searched.</summary>
    public int Days { get; }
}
