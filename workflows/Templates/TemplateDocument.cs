using System.Text.Json.Nodes;

namespace Cohorts.Workflows.Templates;

/// <summary>The JSON shape of a template file: <c>{ "programme": {...}, "companyWorkflow": {...}, "cohortWorkflow": {...} }</c>.</summary>
/// <param name="Programme">The programme's metadata and targets.</param>
/// <param name="CompanyWorkflow">Each company's journey: a definition document.</param>
/// <param name="CohortWorkflow">The cohort-wide events: a definition document, if the programme has collective events.</param>
/// <param name="Forms">The programme's forms (documents as the forms API takes them), published with it; none when null.</param>
/// <param name="Organisations">The organisations the programme's material names (partners, funders, organisers, hosts, members); none when null.</param>
internal sealed record TemplateDocument(TemplateProgramme Programme, JsonObject CompanyWorkflow, JsonObject? CohortWorkflow, JsonArray? Forms = null, IReadOnlyList<TemplateOrganisation>? Organisations = null);
