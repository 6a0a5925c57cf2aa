namespace Cohorts.Host.Pages.Manage.Companies;

/// <summary>The form ending a company's journey.</summary>
public sealed class WithdrawForm
{
    /// <summary>Gets or sets why.</summary>
    public string? Reason { get; set; }

    /// <summary>Gets or sets a value indicating whether the company left (dropped out) rather than being withdrawn.</summary>
    public bool DroppedOut { get; set; }

    /// <summary>Gets or sets a value indicating whether the manager confirmed.</summary>
    public bool Confirm { get; set; }
}
