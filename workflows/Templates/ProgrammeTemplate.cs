using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Templates;

/// <summary>
/// A built-in programme, taken from the programme's own public material: the programme (a fresh, editable entity on
/// each load), its descriptions, and its definitions as JSON documents (docs/definition-format.md) to publish and edit.
/// </summary>
/// <param name="Programme">The programme, with its targets; its description is the French one.</param>
/// <param name="Description">The description in French and English.</param>
/// <param name="Organiser">Who runs it.</param>
/// <param name="Source">The public material it was taken from.</param>
/// <param name="SuggestedCompanies">The number of companies of a typical cohort (the material's figure).</param>
/// <param name="SuggestedCoaches">The number of coaches of a typical cohort.</param>
/// <param name="CompanyWorkflowJson">Each company's journey (<see cref="Programme.DefinitionId"/>).</param>
/// <param name="CohortWorkflowJson">The cohort-wide events (<see cref="Programme.CohortDefinitionId"/>), if any.</param>
public sealed record ProgrammeTemplate(
    Programme Programme,
    LocalizedText Description,
    string Organiser,
    string Source,
    int SuggestedCompanies,
    int SuggestedCoaches,
    string CompanyWorkflowJson,
    string? CohortWorkflowJson)
{
    /// <summary>Gets the template's id (the programme's).</summary>
    public string Id => Programme.Id;

    /// <summary>Gets the programme's forms, each a form document (docs/domain.md, "Forms") published as version 1 of a programme created from the template.</summary>
    public IReadOnlyList<string> FormsJson { get; init; } = [];

    /// <summary>Gets the organisations the programme's material names, entered in the directory and linked to a programme created from the template.</summary>
    public IReadOnlyList<TemplateOrganisation> Organisations { get; init; } = [];
}
