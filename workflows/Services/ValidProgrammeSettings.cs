using System.Text.Json.Nodes;
using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Services;

/// <summary>A programme's settings once checked, ready for the programme and its definitions.</summary>
internal sealed record ValidProgrammeSettings(
    string Name,
    string DescriptionFr,
    string DescriptionEn,
    int DurationMonths,
    string TimeZone,
    JsonObject Calendar,
    IReadOnlyList<KpiTarget> Targets,
    decimal? Budget,
    string Currency,
    IReadOnlyList<CoFunder> CoFunders,
    TimeSpan SessionLength,
    TimeSpan? HoursPerCompany);
