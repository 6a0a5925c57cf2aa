namespace Cohorts.Host.Manage;

/// <summary>
/// The cohort launch form as typed: a name, dates, and the companies, coaches and funder one per line, fields separated
/// by semicolons (<see cref="LaunchFormParser"/> reads it).
/// </summary>
public sealed class LaunchForm
{
    /// <summary>Gets or sets the cohort's name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets its first day.</summary>
    public DateOnly? StartDate { get; set; }

    /// <summary>Gets or sets its last day (default: the programme's duration after the first).</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>Gets or sets the companies: <c>Name; sector; headcount; town; e-mail; need1, need2</c> per line.</summary>
    public string? Companies { get; set; }

    /// <summary>Gets or sets the coaches: <c>Name; e-mail; capacity; tag1, tag2</c> per line.</summary>
    public string? Coaches { get; set; }

    /// <summary>Gets or sets the funder, if any: <c>Name; e-mail; share</c> (50% or 0.5).</summary>
    public string? Funder { get; set; }

    /// <summary>
    /// Gets or sets the id the cohort will have, drawn when the form is first shown: a launch posted twice (a double
    /// click, a browser sending the form again) makes one cohort, and the second post shows it.
    /// </summary>
    public Guid? CohortId { get; set; }
}
