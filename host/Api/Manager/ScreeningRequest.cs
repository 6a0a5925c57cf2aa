using System.ComponentModel.DataAnnotations;

namespace Cohorts.Host.Api.Manager;

/// <summary>A screening decision on a company's application.</summary>
/// <param name="Decision">accepted, waitlisted or rejected.</param>
/// <param name="Reasons">Why (required to waitlist or reject).</param>
/// <param name="ShareReasons">Whether the company's e-mail gives the reasons (default true; false keeps them internal).</param>
public sealed record ScreeningRequest([property: Required] string Decision, string? Reasons, bool? ShareReasons = null);
