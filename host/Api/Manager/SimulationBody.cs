using System.ComponentModel.DataAnnotations;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Api.Manager;

/// <summary>What to preview: a cohort's first day and its size.</summary>
/// <param name="StartDate">The cohort's first day.</param>
/// <param name="Companies">How many companies.</param>
/// <param name="Coaches">How many coaches.</param>
public sealed record SimulationBody(
    [property: Required] DateOnly? StartDate,
    [property: Required, Range(1, InputLimits.MaxSimulatedCompanies)] int? Companies,
    [property: Required, Range(1, InputLimits.MaxSimulatedCoaches)] int? Coaches);
