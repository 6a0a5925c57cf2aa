namespace Cohorts.Workflows.Services;

/// <summary>What a programme's settings may hold (docs/domain.md, "Limits"), checked by <see cref="ProgrammeSettingsValidator"/>.</summary>
public static class ProgrammeLimits
{
    /// <summary>The longest description, in each language.</summary>
    public const int MaxDescriptionLength = 4_000;

    /// <summary>The longest a cohort of a programme runs, in months.</summary>
    public const int MaxDurationMonths = Domain.Programme.MaxDurationMonths;

    /// <summary>The largest budget of a cohort.</summary>
    public const long MaxBudget = 1_000_000_000;

    /// <summary>The decimal places of a budget (to the cent): PostgreSQL stores it as <c>numeric(18, 2)</c> and would round a finer one.</summary>
    public const int BudgetDecimals = 2;

    /// <summary>The largest target of an indicator.</summary>
    public const long MaxTarget = 10_000_000;

    /// <summary>The most co-funders.</summary>
    public const int MaxCoFunders = Domain.Programme.MaxCoFunders;

    /// <summary>The most closures of a calendar.</summary>
    public const int MaxClosures = 50;

    /// <summary>The most coaching hours a company is given.</summary>
    public const int MaxHoursPerCompany = 1_000;

    /// <summary>The shortest coaching session.</summary>
    public static readonly TimeSpan MinSessionLength = TimeSpan.FromMinutes(15);

    /// <summary>The longest coaching session.</summary>
    public static readonly TimeSpan MaxSessionLength = TimeSpan.FromHours(8);
}
