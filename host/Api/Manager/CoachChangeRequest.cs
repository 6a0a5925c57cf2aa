using System.ComponentModel.DataAnnotations;

namespace Cohorts.Host.Api.Manager;

/// <summary>The coach a manager gives a company.</summary>
/// <param name="CoachId">The coach (one of the company's cohort).</param>
public sealed record CoachChangeRequest([property: Required] Guid? CoachId);
