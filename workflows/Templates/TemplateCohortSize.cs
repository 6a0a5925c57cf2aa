namespace Cohorts.Workflows.Templates;

/// <summary>The <c>cohortSize</c> object of a template file: a typical cohort's companies and coaches.</summary>
internal sealed record TemplateCohortSize(int Companies, int Coaches);
