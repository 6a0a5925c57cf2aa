namespace Cohorts.Workflows.Templates;

/// <summary>The <c>description</c> object of a template file: <c>{ "fr": "...", "en": "..." }</c>.</summary>
internal sealed record TemplateDescription(string Fr, string En);
