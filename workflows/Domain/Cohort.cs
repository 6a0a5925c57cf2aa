using Cohorts.Workflows.Text;

namespace Cohorts.Workflows.Domain;

/// <summary>One run of a programme, e.g. "Les bâtisseurs" (2021-2022): its start date, companies, coaches and targets.</summary>
public sealed class Cohort
{
    /// <summary>Initializes a new instance of the <see cref="Cohort"/> class.</summary>
    public Cohort(Guid id, string programmeId, string name, DateOnly startDate, DateOnly endDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programmeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (endDate <= startDate)
        {
            throw new ArgumentOutOfRangeException(nameof(endDate), endDate, "A cohort ends after it starts.");
        }

        Id = id;
        ProgrammeId = programmeId;
        Name = Spacing.Collapse(name);
        StartDate = startDate;
        EndDate = endDate;
    }

    /// <summary>Gets the cohort's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets the programme it runs.</summary>
    public string ProgrammeId { get; private set; }

    /// <summary>Gets the name, on one line (<see cref="Spacing.Collapse"/>).</summary>
    public string Name { get; private set; }

    /// <summary>Gets the first day.</summary>
    public DateOnly StartDate { get; private set; }

    /// <summary>Gets the last day.</summary>
    public DateOnly EndDate { get; private set; }

    /// <summary>Gets the definition version its instances run, once launched.</summary>
    public int? DefinitionVersion { get; private set; }

    /// <summary>Gets when it was launched (its workflow instances started), if it was.</summary>
    public DateTimeOffset? LaunchedAt { get; private set; }

    /// <summary>Gets the cohort-wide workflow instance (collective events), if the programme has one.</summary>
    public Guid? CohortInstanceId { get; private set; }

    /// <summary>Gets targets that override the programme's for this cohort (per indicator; none: the programme's).</summary>
    public List<KpiTarget> Targets { get; private set; } = [];

    /// <summary>Gets when the cohort was archived (kept, hidden from everyday lists), if it is.</summary>
    public DateTimeOffset? ArchivedAt { get; private set; }

    /// <summary>Sets the cohort's own targets (replacing them); an empty list goes back to the programme's.</summary>
    /// <exception cref="ArgumentException">An indicator has two targets.</exception>
    public void SetTargets(IEnumerable<KpiTarget> targets) => Targets = KpiTargets.OnePerIndicator(targets, nameof(targets));

    /// <summary>Archives the cohort (kept, hidden from everyday lists); archiving it again changes nothing.</summary>
    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;

    /// <summary>Brings an archived cohort back to the everyday lists.</summary>
    public void Restore() => ArchivedAt = null;

    /// <summary>Marks the cohort launched on a definition version.</summary>
    public void MarkLaunched(int definitionVersion, DateTimeOffset at, Guid? cohortInstanceId)
    {
        if (LaunchedAt is not null)
        {
            throw new InvalidOperationException($"Cohort '{Name}' was launched already.");
        }

        DefinitionVersion = definitionVersion;
        LaunchedAt = at;
        CohortInstanceId = cohortInstanceId;
    }

    /// <summary>
    /// Follows a company journey moved to a newer version of the definition: companies added later start on it, the
    /// fixed version rather than the one its journeys left.
    /// </summary>
    /// <returns>True when the cohort's version changed.</returns>
    public bool FollowVersion(int version)
    {
        if (LaunchedAt is null || version <= DefinitionVersion)
        {
            return false;
        }

        DefinitionVersion = version;
        return true;
    }
}
