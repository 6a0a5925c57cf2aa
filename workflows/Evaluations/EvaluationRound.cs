namespace Cohorts.Workflows.Evaluations;

/// <summary>
/// A round of scored screening of a cohort's applications (table EvaluationRounds): a rubric, its evaluators and the
/// applications in it (<see cref="RoundApplication"/>); closed by the manager, who advances some applications to the
/// next round. Round 1 takes the cohort's applicants not yet decided; round n+1 those advanced from round n.
/// </summary>
public sealed class EvaluationRound
{
    /// <summary>Initializes a new instance of the <see cref="EvaluationRound"/> class.</summary>
    public EvaluationRound(Guid id, Guid cohortId, int number, string name, Rubric rubric, DateTimeOffset openedAt, string openedBy)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentException.ThrowIfNullOrWhiteSpace(openedBy);
        Id = id;
        CohortId = cohortId;
        Number = number;
        Name = name;
        Rubric = rubric;
        OpenedAt = openedAt;
        OpenedBy = openedBy;
    }

    /// <summary>Gets the round's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets the cohort.</summary>
    public Guid CohortId { get; private set; }

    /// <summary>Gets its number in the cohort, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>Gets its name ("Dossier", "Oral").</summary>
    public string Name { get; private set; }

    /// <summary>Gets the rubric the evaluators score on.</summary>
    public Rubric Rubric { get; private set; }

    /// <summary>Gets when it was opened.</summary>
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Gets who opened it.</summary>
    public string OpenedBy { get; private set; }

    /// <summary>Gets when it was closed (null while evaluators score): the evaluators' access ends then.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Gets who closed it.</summary>
    public string? ClosedBy { get; private set; }

    /// <summary>Gets a value indicating whether it is closed.</summary>
    public bool IsClosed => ClosedAt is not null;

    /// <summary>Closes it.</summary>
    public void Close(DateTimeOffset now, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ClosedAt = now;
        ClosedBy = by;
    }
}
