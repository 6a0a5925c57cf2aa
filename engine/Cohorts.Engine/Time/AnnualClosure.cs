namespace Cohorts.Engine.Time;

/// <summary>
/// A closure that recurs every year, from one month-day to another, both included. A range whose end comes before its
/// start wraps the year end: <c>12-24</c> to <c>01-01</c> is the Christmas break.
/// </summary>
public sealed record AnnualClosure : ClosurePeriod
{
    /// <summary>Initializes a new instance of the <see cref="AnnualClosure"/> class.</summary>
    /// <param name="from">The first closed day.</param>
    /// <param name="to">The last closed day (before <paramref name="from"/> to wrap the year end).</param>
    /// <param name="name">The period's name.</param>
    public AnnualClosure(MonthDay from, MonthDay to, string? name = null)
        : base(name)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(from, default);
        ArgumentOutOfRangeException.ThrowIfEqual(to, default);
        From = from;
        To = to;
    }

    /// <summary>Gets the first closed day.</summary>
    public MonthDay From { get; }

    /// <summary>Gets the last closed day.</summary>
    public MonthDay To { get; }

    /// <inheritdoc />
    public override bool IsAnnual => true;

    /// <summary>Gets a value indicating whether the period wraps the year end.</summary>
    public bool WrapsYearEnd => To.Ordinal < From.Ordinal;

    /// <inheritdoc />
    public override bool Contains(DateOnly day)
    {
        var ordinal = MonthDay.FromDate(day).Ordinal;
        return WrapsYearEnd ? ordinal >= From.Ordinal || ordinal <= To.Ordinal : ordinal >= From.Ordinal && ordinal <= To.Ordinal;
    }
}
