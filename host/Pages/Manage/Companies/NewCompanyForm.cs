namespace Cohorts.Host.Pages.Manage.Companies;

/// <summary>The form adding a company to a running cohort.</summary>
public sealed class NewCompanyForm
{
    /// <summary>Gets or sets the name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the sector.</summary>
    public string? Sector { get; set; }

    /// <summary>Gets or sets the headcount.</summary>
    public int? Headcount { get; set; }

    /// <summary>Gets or sets the town.</summary>
    public string? Location { get; set; }

    /// <summary>Gets or sets the contact's e-mail address.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>Gets or sets the needs, comma-separated.</summary>
    public string? Needs { get; set; }
}
