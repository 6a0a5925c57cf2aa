namespace Cohorts.Host.Pages.Manage.Companies;

/// <summary>The form deciding an application (a waitlisted company accepted or rejected later).</summary>
public sealed class DecisionForm
{
    /// <summary>Gets or sets the decision: accepted, waitlisted or rejected.</summary>
    public string? Decision { get; set; }

    /// <summary>Gets or sets why (required unless accepted).</summary>
    public string? Reasons { get; set; }

    /// <summary>Gets or sets a value indicating whether the company's e-mail gives the reasons (checked by default).</summary>
    public bool ShareReasons { get; set; } = true;
}
