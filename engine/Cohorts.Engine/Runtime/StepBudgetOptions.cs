namespace Cohorts.Engine.Runtime;

/// <summary>
/// What one step of one instance may do before the runtime stops it and faults the instance with an incident
/// (docs/definition-format.md, "Limits"): a step runs inside a request or a timer and holds the database's write path
/// while it commits, so one instance must not hold it for everybody. The defaults are far above what the built-in
/// programmes need (their loops run at most 40 times; their templates and simulation are tested under these defaults).
/// </summary>
public sealed class StepBudgetOptions
{
    private int _maxActivities = 10_000;
    private TimeSpan _maxDuration = TimeSpan.FromSeconds(30);
    private TimeSpan _maxWritePathHold = TimeSpan.FromSeconds(15);
    private int _maxVariableBytes = 64 * 1024;
    private int _maxStateBytes = 1024 * 1024;

    /// <summary>Gets or sets the most activities one step runs (default 10,000).</summary>
    public int MaxActivities
    {
        get => _maxActivities;
        set => _maxActivities = Positive(value);
    }

    /// <summary>
    /// Gets or sets the longest one step runs, measured with <see cref="StepBudgetClock"/> between activities
    /// (default 30 s): an activity that started in time finishes, so a step may overrun by one activity (an expression
    /// ends within its own limit, <see cref="Expressions.ExpressionLimits.Timeout"/>).
    /// </summary>
    /// <remarks>
    /// Wall time includes the waits of a loaded machine (a step that writes domain rows queues for the database's write
    /// path), so this is a backstop for a slow custom activity, not what bounds a loop: <see cref="MaxActivities"/> and
    /// the expression limits do that. At 5 s, a crash test under load faulted an ordinary three-activity step.
    /// </remarks>
    public TimeSpan MaxDuration
    {
        get => _maxDuration;
        set => _maxDuration = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be longer than zero");
    }

    /// <summary>
    /// Gets or sets how long a step may go on running activities once it holds the database's write path (an activity
    /// wrote rows in the step's transaction, <see cref="Persistence.IStepTransaction.HoldsWritePath"/>), measured like
    /// <see cref="MaxDuration"/> from the first activity that found it held (default 15 s): every other writer of the
    /// installation waits meanwhile, so this is shorter than the step's own budget. Waiting for the write path
    /// does not count.
    /// </summary>
    /// <remarks>
    /// Wall time, like <see cref="MaxDuration"/>: on a machine loaded far beyond its cores, an ordinary step of two or
    /// three domain activities was measured holding it 5.4 s (a crash test's host beside a full test run), and at 5 s
    /// such steps faulted. What bounds a definition's own loops is <see cref="MaxActivities"/> and the expression limits.
    /// </remarks>
    public TimeSpan MaxWritePathHold
    {
        get => _maxWritePathHold;
        set => _maxWritePathHold = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be longer than zero");
    }

    /// <summary>Gets or sets the most bytes of JSON one variable (or an activity's own state) holds (default 64 KiB).</summary>
    public int MaxVariableBytes
    {
        get => _maxVariableBytes;
        set => _maxVariableBytes = Positive(value);
    }

    /// <summary>Gets or sets the most bytes of JSON an instance's variables hold together (default 1 MiB).</summary>
    public int MaxStateBytes
    {
        get => _maxStateBytes;
        set => _maxStateBytes = Positive(value);
    }

    private static int Positive(int value, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "must be more than zero");
}
