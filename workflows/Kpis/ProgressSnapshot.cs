using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Kpis;

/// <summary>
/// The recorded data a progress report is computed from, as loaded at one instant: nothing in a report is stored, so
/// it is always this data's view.
/// </summary>
public sealed record ProgressSnapshot
{
    private readonly IReadOnlyList<Funder> _funders = [];

    /// <summary>Initializes a new instance of the <see cref="ProgressSnapshot"/> class.</summary>
    /// <exception cref="ArgumentException">The cohort does not run the programme, or an entity belongs to another cohort.</exception>
    public ProgressSnapshot(
        Cohort cohort,
        Programme programme,
        IReadOnlyList<Company> companies,
        IReadOnlyList<Session> sessions,
        IReadOnlyList<Milestone> milestones,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(milestones);
        if (cohort.ProgrammeId != programme.Id)
        {
            throw new ArgumentException($"Cohort '{cohort.Name}' runs programme '{cohort.ProgrammeId}', not '{programme.Id}'.", nameof(programme));
        }

        Check(companies.Select(c => c.CohortId), cohort, nameof(companies));
        Check(sessions.Select(s => s.CohortId), cohort, nameof(sessions));
        Check(milestones.Select(m => m.CohortId), cohort, nameof(milestones));
        Cohort = cohort;
        Programme = programme;
        Companies = companies;
        Sessions = sessions;
        Milestones = milestones;
        Now = now;
    }

    /// <summary>Gets the cohort.</summary>
    public Cohort Cohort { get; }

    /// <summary>Gets the programme it runs (targets, time zone).</summary>
    public Programme Programme { get; }

    /// <summary>Gets the cohort's companies.</summary>
    public IReadOnlyList<Company> Companies { get; }

    /// <summary>Gets the cohort's sessions and collective events.</summary>
    public IReadOnlyList<Session> Sessions { get; }

    /// <summary>Gets the cohort's milestones.</summary>
    public IReadOnlyList<Milestone> Milestones { get; }

    /// <summary>Gets the instant the report is for.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>
    /// Gets how many organisations are members of the programme's network (linked to the programme with the role
    /// Member; Connect Innov's member companies): the programme's figure, the same for each of its cohorts.
    /// </summary>
    public int Members { get; init; }

    /// <summary>
    /// Gets the cohort's funders, for the budget's split (none given: the co-funder the programme names, if any).
    /// </summary>
    /// <exception cref="ArgumentException">A funder belongs to another cohort.</exception>
    public IReadOnlyList<Funder> Funders
    {
        get => _funders;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            Check(value.Select(f => f.CohortId), Cohort, nameof(Funders));
            _funders = value;
        }
    }

    /// <summary>
    /// Gets how many milestones the company journey plans for each company (<see cref="JourneyMilestones.PerCompany"/>),
    /// null when not known: the forecast of milestones passed is then projected at the rate so far.
    /// </summary>
    public int? MilestonesPerCompany { get; init; }

    /// <summary>
    /// Gets how many sessions the cohort's workflows plan (<see cref="JourneySessions.Of"/>), null when not known: the
    /// forecast of sessions held is then projected at the rate so far.
    /// </summary>
    public JourneySessions? SessionsPlanned { get; init; }

    /// <summary>
    /// Gets how many questionnaires the cohort's companies answered (form requests to a company or an event's attendee,
    /// answered), the indicator QuestionnairesCollected; null when not counted (a preview): then each company present at
    /// a held workshop counts as one.
    /// </summary>
    public int? QuestionnairesAnswered { get; init; }

    private static void Check(IEnumerable<Guid> cohortIds, Cohort cohort, string parameterName)
    {
        if (cohortIds.Any(id => id != cohort.Id))
        {
            throw new ArgumentException($"Every entry belongs to cohort '{cohort.Name}' ({cohort.Id}).", parameterName);
        }
    }
}
