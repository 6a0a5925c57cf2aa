using Cohorts.Workflows.Text;

namespace Cohorts.Workflows.Domain;

/// <summary>A company taking part in a cohort, and where it stands in its journey.</summary>
public sealed class Company
{
    /// <summary>Initializes a new instance of the <see cref="Company"/> class.</summary>
    public Company(Guid id, Guid cohortId, string name, string sector, int headcount, string location, string contactEmail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(sector);
        ArgumentOutOfRangeException.ThrowIfNegative(headcount);
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        ArgumentException.ThrowIfNullOrWhiteSpace(contactEmail);
        Id = id;
        CohortId = cohortId;
        Name = Spacing.Collapse(name);
        Sector = sector;
        Headcount = headcount;
        Location = location;
        ContactEmail = contactEmail;
    }

    /// <summary>Gets the company's id (the correlation id of its workflow instance).</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets the cohort.</summary>
    public Guid CohortId { get; private set; }

    /// <summary>Gets the name (<see cref="Spacing.Collapse"/>).</summary>
    public string Name { get; private set; }

    /// <summary>Gets the sector (e.g. "industry", "services").</summary>
    public string Sector { get; private set; }

    /// <summary>Gets the headcount.</summary>
    public int Headcount { get; private set; }

    /// <summary>Gets the town.</summary>
    public string Location { get; private set; }

    /// <summary>Gets the contact's e-mail address.</summary>
    public string ContactEmail { get; private set; }

    /// <summary>
    /// Gets or sets the language the contact is written to in (en or fr), when the manager chose it; null: the language
    /// of the company's latest application, else the installation's default (<see cref="Outbox.ContactLanguage"/>).
    /// </summary>
    public string? ContactLanguage { get; set; }

    /// <summary>Gets the organisation of the directory the person or company comes from (a partner's panel of coaches, a research laboratory), if any.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>Gets the needs stated at intake (matched against coaches' expertise).</summary>
    public List<string> Needs { get; private set; } = [];

    /// <summary>Gets the journey status.</summary>
    public CompanyStatus Status { get; private set; } = CompanyStatus.Applied;

    /// <summary>Gets the assigned coach.</summary>
    public Guid? CoachId { get; private set; }

    /// <summary>Gets the company's workflow instance, once started.</summary>
    public Guid? InstanceId { get; private set; }

    /// <summary>Gets the reason given by screening or at completion.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>Gets who screened the application (a manager's name or address), once screened.</summary>
    public string? ScreenedBy { get; private set; }

    /// <summary>Gets when the application was screened.</summary>
    public DateTimeOffset? ScreenedAt { get; private set; }

    /// <summary>Records a screening decision: the status it leads to, the reasons, who decided and when.</summary>
    public void Screen(CompanyStatus status, string? reasons, string? screenedBy, DateTimeOffset at)
    {
        MoveTo(status, reasons);
        ScreenedBy = string.IsNullOrWhiteSpace(screenedBy) ? null : screenedBy.Trim();
        ScreenedAt = at;
    }

    /// <summary>
    /// Changes what the company is (its name, sector, headcount, town, contact and needs), as a manager corrects them during
    /// the cohort; its journey and its status are unchanged.
    /// </summary>
    public void ChangeDetails(string name, string sector, int headcount, string location, string contactEmail, IEnumerable<string> needs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(sector);
        ArgumentOutOfRangeException.ThrowIfNegative(headcount);
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        ArgumentException.ThrowIfNullOrWhiteSpace(contactEmail);
        ArgumentNullException.ThrowIfNull(needs);
        Name = Spacing.Collapse(name);
        Sector = sector;
        Headcount = headcount;
        Location = location;
        ContactEmail = contactEmail;
        Needs = [.. needs];
    }

    /// <summary>Records the company's workflow instance.</summary>
    public void AttachInstance(Guid instanceId) => InstanceId = instanceId;

    /// <summary>Moves the company to a status, with a reason.</summary>
    public void MoveTo(CompanyStatus status, string? reason)
    {
        if (HasFinished && status != Status)
        {
            throw new InvalidOperationException($"Company '{Name}' has finished its journey ({Status}); it cannot become {status}.");
        }

        Status = status;
        StatusReason = reason;
    }

    /// <summary>Assigns a coach.</summary>
    public void AssignCoach(Guid coachId)
    {
        CoachId = coachId;
        if (Status == CompanyStatus.Accepted)
        {
            Status = CompanyStatus.Active;
        }
    }

    /// <summary>Gets when the company joined a cohort already running (added after its launch), if it did.</summary>
    public DateTimeOffset? JoinedAt { get; private set; }

    /// <summary>Gets a value indicating whether its journey is over (graduated, dropped out, withdrawn or rejected).</summary>
    public bool HasFinished => Status is CompanyStatus.Graduated or CompanyStatus.DroppedOut or CompanyStatus.Withdrawn or CompanyStatus.Rejected;

    /// <summary>Notes that the company joined its cohort after the launch: its journey starts where the cohort is.</summary>
    public void JoinLate(DateTimeOffset at) => JoinedAt = at;

    /// <summary>Ends the journey before its end: withdrawn by the manager, or dropped out, with a reason.</summary>
    /// <exception cref="InvalidOperationException">The journey is over already.</exception>
    public void Leave(bool droppedOut, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (HasFinished)
        {
            throw new InvalidOperationException($"Company '{Name}' has finished its journey ({Status}).");
        }

        Status = droppedOut ? CompanyStatus.DroppedOut : CompanyStatus.Withdrawn;
        StatusReason = reason.Trim();
    }
}
