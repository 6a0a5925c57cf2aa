namespace Cohorts.Host.Api.Forms;

/// <summary>Asks a form of a cohort's companies now: the (optional) body of POST /api/cohorts/{id}/forms/{formId}/requests.</summary>
/// <param name="Due">When answers are expected (default in 14 days).</param>
public sealed record AskCohortFormRequest(DateTimeOffset? Due);
