using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Templates;

/// <summary>The <c>programme</c> object of a template file.</summary>
internal sealed record TemplateProgramme(
    string Id,
    string Name,
    TemplateDescription Description,
    string Organiser,
    string Source,
    int DurationMonths,
    string TimeZone,
    decimal? CofundingShare,
    string? FunderName,
    TemplateCohortSize CohortSize,
    IReadOnlyDictionary<KpiKind, decimal> Targets,
    decimal? Budget = null,
    string Currency = Programme.DefaultCurrency,
    string? SessionLength = null,
    string? HoursPerCompany = null);
