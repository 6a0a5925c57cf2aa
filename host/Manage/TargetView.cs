using System.Text.Json.Serialization;
using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Manage;

/// <summary>A target of a programme.</summary>
/// <param name="Kpi">The indicator.</param>
/// <param name="Target">The value to reach by a cohort's end.</param>
public sealed record TargetView([property: JsonConverter(typeof(JsonStringEnumConverter<KpiKind>))] KpiKind Kpi, decimal Target);
