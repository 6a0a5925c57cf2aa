using Cohorts.Workflows.Services;

namespace Cohorts.Host.Api.Manager;

/// <summary>
/// A programme to create, each time a new one with its own id (a slug of its name made unique) and its own
/// definitions: from a built-in template (<c>GET /api/templates</c>) or, without <c>templateId</c>, blank with a minimal
/// journey (intake, screening, a coach, six monthly sessions, a final review).
/// </summary>
/// <param name="TemplateId">The template's id, e.g. <c>boost-innovation</c>; none for a blank programme.</param>
/// <param name="Name">The name (at most 200 characters); the template's when none is given, required for a blank programme.</param>
/// <param name="DurationMonths">A cohort's duration in months (1 to 120): the template's unless given, required for a blank programme.</param>
/// <param name="Description">The description in French and English (the template's unless given).</param>
/// <param name="TimeZone">The time zone, an IANA id (the template's, or Europe/Paris, unless given).</param>
public sealed record CreateProgrammeRequest(
    string? TemplateId,
    string? Name = null,
    int? DurationMonths = null,
    DescriptionSettings? Description = null,
    string? TimeZone = null);
