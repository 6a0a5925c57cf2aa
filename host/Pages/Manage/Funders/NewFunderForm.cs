namespace Cohorts.Host.Pages.Manage.Funders;

/// <summary>The form adding a funder to a cohort after its creation.</summary>
public sealed class NewFunderForm
{
    /// <summary>Gets or sets the funder's name (the funding body: "Département des Yvelines").</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the e-mail address its person signs in with.</summary>
    public string? Email { get; set; }

    /// <summary>Gets or sets the share of the budget, as typed ("25%", "25 %", "0.25", "0,25").</summary>
    public string? Share { get; set; }
}
