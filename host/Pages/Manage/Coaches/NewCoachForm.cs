namespace Cohorts.Host.Pages.Manage.Coaches;

/// <summary>The form adding a coach to a cohort after its creation.</summary>
public sealed class NewCoachForm
{
    /// <summary>Gets or sets the name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the e-mail address the coach signs in with.</summary>
    public string? Email { get; set; }

    /// <summary>Gets or sets the most companies the coach takes.</summary>
    public int? Capacity { get; set; }

    /// <summary>Gets or sets the expertise, comma-separated.</summary>
    public string? Expertise { get; set; }
}
