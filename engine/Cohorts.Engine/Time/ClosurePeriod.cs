namespace Cohorts.Engine.Time;

/// <summary>
/// Days a programme does not work, beyond weekends and public holidays: every year (<see cref="AnnualClosure"/>, the
/// August closure) or once (<see cref="DateRangeClosure"/>, a move to new premises).
/// </summary>
public abstract record ClosurePeriod
{
    /// <summary>Initializes a new instance of the <see cref="ClosurePeriod"/> class.</summary>
    private protected ClosurePeriod(string? name) => Name = name;

    /// <summary>Gets the period's name, for people (<c>Summer closure</c>).</summary>
    public string? Name { get; }

    /// <summary>Gets a value indicating whether the period recurs every year.</summary>
    public abstract bool IsAnnual { get; }

    /// <summary>Gets a value indicating whether a date falls in the period.</summary>
    public abstract bool Contains(DateOnly day);
}
