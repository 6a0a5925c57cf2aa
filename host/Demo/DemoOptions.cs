namespace Cohorts.Host.Demo;

/// <summary>The demo data added on a first run (<c>Cohorts:Demo</c>).</summary>
public sealed class DemoOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Cohorts:Demo";

    /// <summary>
    /// Gets or sets a value indicating whether an empty database gets the demo programmes, cohorts and accounts (with
    /// a published password). Off unless a setting turns it on: the repository's appsettings.json does, for a newcomer's
    /// first run; a deployment's settings must not.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>Gets or sets the password of every demo account.</summary>
    public string Password { get; set; } = "Cohorts-demo-2026";

    /// <summary>Gets or sets how many months into its year the demo cohort "Les bâtisseurs" is on the first run.</summary>
    public int MonthsIn { get; set; } = 4;
}
