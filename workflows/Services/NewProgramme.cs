namespace Cohorts.Workflows.Services;

/// <summary>
/// A programme to create (<c>POST /api/programmes</c>): from a built-in template, or blank with a minimal journey to
/// start from. Its id is a slug of its name made unique; its definitions are its own copies.
/// </summary>
/// <param name="Name">The name (required, at most 200 characters), e.g. <c>Boost Innovation 2027</c>.</param>
/// <param name="TemplateId">The template (<c>GET /api/templates</c>), or none for a blank programme.</param>
/// <param name="DurationMonths">A cohort's duration in months (1 to 120): required for a blank programme, else the template's unless given.</param>
/// <param name="Description">The description (the template's unless given).</param>
/// <param name="TimeZone">The time zone (the template's, or Europe/Paris, unless given).</param>
public sealed record NewProgramme(
    string? Name,
    string? TemplateId = null,
    int? DurationMonths = null,
    DescriptionSettings? Description = null,
    string? TimeZone = null);
