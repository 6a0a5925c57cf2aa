namespace Cohorts.Engine.Time;

/// <summary>A closure that happens once, from one date to another, both included.</summary>
public sealed record DateRangeClosure : ClosurePeriod
{
    /// <summary>Initializes a new instance of the <see cref="DateRangeClosure"/> class.</summary>
    /// <param name="from">The first closed day.</param>
    /// <param name="to">The last closed day, not before <paramref name="from"/>.</param>
    /// <param name="name">The period's name.</param>
    public DateRangeClosure(DateOnly from, DateOnly to, string? name = null)
        : base(name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        From = from;
        To = to;
    }

    /// <summary>Gets the first closed day.</summary>
    public DateOnly From { get; }

    /// <summary>Gets the last closed day.</summary>
    public DateOnly To { get; }

    /// <inheritdoc />
    public override bool IsAnnual => false;

    /// <inheritdoc />
    public override bool Contains(DateOnly day) => day >= From && day <= To;
}
