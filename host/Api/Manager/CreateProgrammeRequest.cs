using System.ComponentModel.DataAnnotations;

namespace Cohorts.Host.Api.Manager;

/// <summary>Creates a programme from a built-in template (GET /api/templates lists them).</summary>
/// <param name="TemplateId">The template's id, e.g. <c>boost-innovation</c>.</param>
public sealed record CreateProgrammeRequest([property: Required] string TemplateId);
