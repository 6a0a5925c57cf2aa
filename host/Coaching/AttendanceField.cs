namespace Cohorts.Host.Coaching;

/// <summary>One company's attendance checkbox in the outcome form.</summary>
public sealed class AttendanceField
{
    /// <summary>Gets or sets the company's id.</summary>
    public Guid CompanyId { get; set; }

    /// <summary>Gets or sets a value indicating whether the box is ticked (the company attended).</summary>
    public bool Present { get; set; }
}
