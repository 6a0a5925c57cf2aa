namespace Cohorts.Host.Coaching;

/// <summary>The outcome form of the session page: a checkbox per expected company, notes, up to three action rows.</summary>
public sealed class OutcomeForm
{
    /// <summary>The action rows the form shows.</summary>
    public const int ActionRows = 3;

    /// <summary>Gets or sets the attendance, one row per expected company.</summary>
    public List<AttendanceField> Attendance { get; set; } = [];

    /// <summary>Gets or sets the notes.</summary>
    public string? Notes { get; set; }

    /// <summary>Gets or sets the action rows (blank rows are ignored).</summary>
    public List<ActionField> Actions { get; set; } = [];

    /// <summary>Gets or sets the visitors counted (collective events).</summary>
    public int? Visitors { get; set; }

    /// <summary>Gets or sets the walk-ins (collective events): one company per line, <see cref="WalkInLines"/>.</summary>
    public string? WalkIns { get; set; }

    /// <summary>A blank form for a session: every expected company unticked, three empty action rows.</summary>
    public static OutcomeForm For(IEnumerable<Guid> companyIds) => new OutcomeForm
    {
        Attendance = [.. companyIds.Select(id => new AttendanceField { CompanyId = id })],
    }.WithActionRows();

    /// <summary>Pads the action rows to <see cref="ActionRows"/> (a posted form may have dropped blank ones).</summary>
    public OutcomeForm WithActionRows()
    {
        while (Actions.Count < ActionRows)
        {
            Actions.Add(new ActionField());
        }

        return this;
    }
}
