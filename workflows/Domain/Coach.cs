using Cohorts.Workflows.Text;

namespace Cohorts.Workflows.Domain;

/// <summary>A coach of a cohort: expertise, how many companies they can take, when they are available.</summary>
public sealed class Coach
{
    /// <summary>Initializes a new instance of the <see cref="Coach"/> class.</summary>
    public Coach(Guid id, Guid cohortId, string name, string email, int capacity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Id = id;
        CohortId = cohortId;
        Name = Spacing.Collapse(name);
        Email = email;
        Capacity = capacity;
    }

    /// <summary>Gets the coach's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets the cohort.</summary>
    public Guid CohortId { get; private set; }

    /// <summary>Gets the name, on one line (<see cref="Spacing.Collapse"/>).</summary>
    public string Name { get; private set; }

    /// <summary>Gets the e-mail address (the coach's sign-in, later).</summary>
    public string Email { get; private set; }

    /// <summary>Gets the most companies the coach takes.</summary>
    public int Capacity { get; private set; }

    /// <summary>Gets the organisation of the directory the person or company comes from (a partner's panel of coaches, a research laboratory), if any.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>Gets the expertise tags (e.g. "industry", "export", "digital").</summary>
    public List<string> Expertise { get; private set; } = [];

    /// <summary>Gets the weekdays the coach is available (empty: any working day).</summary>
    public List<DayOfWeek> AvailableDays { get; private set; } = [];

    /// <summary>Gets when the coach's working day starts, in the programme's time zone (<see cref="WorkingHours.DefaultStart"/>).</summary>
    public TimeOnly WorkStart { get; private set; } = WorkingHours.DefaultStart;

    /// <summary>Gets when the coach's working day ends, in the programme's time zone (<see cref="WorkingHours.DefaultEnd"/>).</summary>
    public TimeOnly WorkEnd { get; private set; } = WorkingHours.DefaultEnd;

    /// <summary>Sets the coach's working hours.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is shorter than <see cref="WorkingHours.Shortest"/>.</exception>
    public void SetWorkingHours(TimeOnly start, TimeOnly end)
    {
        if (end - start < WorkingHours.Shortest || end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"A working day ends at least an hour after it starts ({start:HH\\:mm}).");
        }

        WorkStart = start;
        WorkEnd = end;
    }
}
