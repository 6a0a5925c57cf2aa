namespace Cohorts.Host.Pages.Manage;

/// <summary>A programme's settings as the edit page's form holds them: text as typed, kept when refused.</summary>
public sealed class ProgrammeForm
{
    /// <summary>Gets or sets the name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the French description.</summary>
    public string? DescriptionFr { get; set; }

    /// <summary>Gets or sets the English description.</summary>
    public string? DescriptionEn { get; set; }

    /// <summary>Gets or sets a cohort's duration in months.</summary>
    public string? DurationMonths { get; set; }

    /// <summary>Gets or sets the time zone.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Gets or sets a value indicating whether weekends are off.</summary>
    public bool ExcludeWeekends { get; set; }

    /// <summary>Gets or sets the holiday set (FR or empty).</summary>
    public string? Holidays { get; set; }

    /// <summary>Gets or sets the closures, one per line: first day; last day; name.</summary>
    public string? Closures { get; set; }

    /// <summary>Gets or sets the targets by indicator name (empty: none).</summary>
    public Dictionary<string, string?> Targets { get; set; } = [];

    /// <summary>Gets or sets a cohort's budget.</summary>
    public string? Budget { get; set; }

    /// <summary>Gets or sets the currency.</summary>
    public string? Currency { get; set; }

    /// <summary>Gets or sets the co-funders, one per line: name; share.</summary>
    public string? CoFunders { get; set; }

    /// <summary>Gets or sets a coaching session's length in minutes.</summary>
    public string? SessionMinutes { get; set; }

    /// <summary>Gets or sets the coaching hours each company is given (empty: not budgeted).</summary>
    public string? HoursPerCompany { get; set; }
}
