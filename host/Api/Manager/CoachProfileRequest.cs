namespace Cohorts.Host.Api.Manager;

/// <summary>A coach joining a cohort.</summary>
/// <param name="Name">The name.</param>
/// <param name="Email">The e-mail address (the coach signs in with it).</param>
/// <param name="Capacity">The most companies the coach takes.</param>
/// <param name="Expertise">The expertise tags.</param>
public sealed record CoachProfileRequest(string? Name, string? Email, int Capacity, IReadOnlyList<string>? Expertise)
{
    /// <summary>Gets the weekdays the coach works (none: every working day of the programme; at most 7).</summary>
    public IReadOnlyList<DayOfWeek>? AvailableDays { get; init; }

    /// <summary>Gets when the coach's working day starts, <c>HH:mm</c> in the programme's time zone (default 09:00).</summary>
    public TimeOnly? WorkStart { get; init; }

    /// <summary>Gets the organisation of the directory the coach comes from (a partner's panel), if any.</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>Gets when it ends, at least an hour later (default 17:30).</summary>
    public TimeOnly? WorkEnd { get; init; }
}
