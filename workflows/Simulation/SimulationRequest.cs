using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Templates;

using Cohorts.Workflows.Services;

namespace Cohorts.Workflows.Simulation;

/// <summary>What to simulate: a programme with its definitions, a start date and the cohort's size.</summary>
public sealed record SimulationRequest
{
    /// <summary>Initializes a new instance of the <see cref="SimulationRequest"/> class.</summary>
    /// <param name="programme">The programme (targets, time zone, definition ids).</param>
    /// <param name="companyWorkflowJson">The company journey's definition document (its id is the programme's <see cref="Programme.DefinitionId"/>).</param>
    /// <param name="cohortWorkflowJson">The cohort-wide definition document, if the programme has one.</param>
    /// <param name="startDate">The cohort's first day.</param>
    /// <param name="companies">How many companies (1 to <see cref="InputLimits.MaxSimulatedCompanies"/>).</param>
    /// <param name="coaches">How many coaches (1 to <see cref="InputLimits.MaxSimulatedCoaches"/>).</param>
    /// <exception cref="DomainRuleException">The start date or a number is out of range (see <see cref="Check"/>).</exception>
    public SimulationRequest(Programme programme, string companyWorkflowJson, string? cohortWorkflowJson, DateOnly startDate, int companies, int coaches)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentException.ThrowIfNullOrWhiteSpace(companyWorkflowJson);
        Check(startDate, companies, coaches);
        if (programme.CohortDefinitionId is not null && string.IsNullOrWhiteSpace(cohortWorkflowJson))
        {
            throw new ArgumentException($"Programme '{programme.Id}' has a cohort-wide definition ('{programme.CohortDefinitionId}'): give its document.", nameof(cohortWorkflowJson));
        }

        Programme = programme;
        CompanyWorkflowJson = companyWorkflowJson;
        CohortWorkflowJson = programme.CohortDefinitionId is null ? null : cohortWorkflowJson;
        StartDate = startDate;
        Companies = companies;
        Coaches = coaches;
    }

    /// <summary>Gets the programme.</summary>
    public Programme Programme { get; }

    /// <summary>
    /// Gets the programme's forms (each its latest version's JSON), published in the private world so that a
    /// CollectForm finds its form (the Tournée's needs questionnaire after each stop).
    /// </summary>
    public IReadOnlyList<string> FormsJson { get; init; } = [];

    /// <summary>Gets the company journey's definition document.</summary>
    public string CompanyWorkflowJson { get; }

    /// <summary>Gets the cohort-wide definition document, if any.</summary>
    public string? CohortWorkflowJson { get; }

    /// <summary>Gets the cohort's first day.</summary>
    public DateOnly StartDate { get; }

    /// <summary>
    /// Gets the cohort's last day: the one given to <see cref="ForCohort"/>, else the day before the programme's
    /// duration has passed.
    /// </summary>
    public DateOnly EndDate => _endDate ?? StartDate.AddMonths(Programme.DurationMonths).AddDays(-1);

    /// <summary>Gets the number of companies.</summary>
    public int Companies { get; }

    /// <summary>Gets the number of coaches.</summary>
    public int Coaches { get; }

    /// <summary>
    /// Gets the cohort's own companies, when the preview is of a cohort about to be launched (<see cref="ForCohort"/>);
    /// null: made-up companies.
    /// </summary>
    public IReadOnlyList<CompanyApplication>? CompanyApplications { get; private init; }

    /// <summary>Gets the cohort's own coaches, when the preview is of a cohort about to be launched; null: made-up coaches.</summary>
    public IReadOnlyList<CoachProfile>? CoachProfiles { get; private init; }

    /// <summary>
    /// Makes a request that simulates a cohort about to be launched with its own companies and coaches (names,
    /// needs, expertise and capacities), so the preview's coach load is each real coach's.
    /// </summary>
    public static SimulationRequest ForCohort(Programme programme, string companyWorkflowJson, string? cohortWorkflowJson, DateOnly startDate, IReadOnlyList<CompanyApplication> companies, IReadOnlyList<CoachProfile> coaches, DateOnly? endDate = null)
    {
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(coaches);
        if (endDate <= startDate)
        {
            throw new ArgumentOutOfRangeException(nameof(endDate), endDate, "A cohort ends after it starts.");
        }

        return new SimulationRequest(programme, companyWorkflowJson, cohortWorkflowJson, startDate, companies.Count, coaches.Count)
        {
            CompanyApplications = companies,
            CoachProfiles = coaches,
            _endDate = endDate,
        };
    }

    private DateOnly? _endDate;

    /// <summary>
    /// Checks what a simulation is asked for against <see cref="InputLimits"/>: the start date within the range, 1 to
    /// <see cref="InputLimits.MaxSimulatedCompanies"/> companies and 1 to <see cref="InputLimits.MaxSimulatedCoaches"/>
    /// coaches (a simulation's time grows with its size).
    /// </summary>
    /// <exception cref="DomainRuleException">Something is out of range; every problem is named (<c>startDate</c>, <c>companies</c>, <c>coaches</c>).</exception>
    public static void Check(DateOnly startDate, int companies, int coaches)
    {
        var problems = new Problems();
        problems.Date("startDate", startDate);
        problems.Range("companies", companies, 1, InputLimits.MaxSimulatedCompanies);
        problems.Range("coaches", coaches, 1, InputLimits.MaxSimulatedCoaches);
        problems.ThrowIfAny();
    }

    /// <summary>Makes a request for a built-in programme.</summary>
    public static SimulationRequest For(ProgrammeTemplate template, DateOnly startDate, int companies, int coaches)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new SimulationRequest(template.Programme, template.CompanyWorkflowJson, template.CohortWorkflowJson, startDate, companies, coaches)
        {
            FormsJson = template.FormsJson,
        };
    }
}
