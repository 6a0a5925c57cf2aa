namespace Cohorts.Workflows.Services;

/// <summary>A coach joining a cohort.</summary>
/// <param name="Name">The name.</param>
/// <param name="Email">The e-mail address, unique within the cohort.</param>
/// <param name="Capacity">The most companies the coach takes (at least 1).</param>
/// <param name="Expertise">The expertise tags.</param>
/// <param name="AvailableDays">The weekdays the coach is available (none: any working day).</param>
public sealed record CoachProfile(
    string Name,
    string Email,
    int Capacity,
    IReadOnlyList<string>? Expertise = null,
    IReadOnlyList<DayOfWeek>? AvailableDays = null)
{
    /// <summary>Gets the id to give the coach (a new one when null).</summary>
    public Guid? Id { get; init; }

    /// <summary>Gets when the coach's working day starts (null: <see cref="Domain.WorkingHours.DefaultStart"/>, 09:00).</summary>
    public TimeOnly? WorkStart { get; init; }

    /// <summary>Gets the organisation of the directory the coach comes from (a partner's panel), if any: it exists and is not archived.</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>Gets when the coach's working day ends (null: <see cref="Domain.WorkingHours.DefaultEnd"/>, 17:30).</summary>
    public TimeOnly? WorkEnd { get; init; }
}
