using Cohorts.Workflows.Templates;

namespace Cohorts.Host.Api.Manager;

/// <summary>A built-in programme template.</summary>
/// <param name="Id">The template's id (the programme it creates).</param>
/// <param name="Name">The programme's name.</param>
/// <param name="Description">The description in French and English.</param>
/// <param name="Organiser">Who runs the programme.</param>
/// <param name="Source">The public material it was taken from.</param>
/// <param name="DurationMonths">A cohort's duration, in months.</param>
/// <param name="SuggestedCompanies">The companies of a typical cohort.</param>
/// <param name="SuggestedCoaches">The coaches of a typical cohort.</param>
public sealed record TemplateResponse(
    string Id,
    string Name,
    LocalizedText Description,
    string Organiser,
    string Source,
    int DurationMonths,
    int SuggestedCompanies,
    int SuggestedCoaches)
{
    /// <summary>Makes the response for a template.</summary>
    public static TemplateResponse Of(ProgrammeTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new(template.Id, template.Programme.Name, template.Description, template.Organiser, template.Source, template.Programme.DurationMonths, template.SuggestedCompanies, template.SuggestedCoaches);
    }
}
