namespace Cohorts.Workflows.Domain;

/// <summary>A funder of a cohort (e.g. the departmental council funding 50%): follows progress, decides its milestones.</summary>
public sealed class Funder
{
    /// <summary>
    /// The decimal places a share keeps (0.3333 for 33.33%): the database stores it as <c>numeric(5, 4)</c>, so a finer
    /// share would be rounded there, and one under 0.00005 would come back as 0, which no funder may have.
    /// </summary>
    public const int ShareDecimals = 4;

    /// <summary>Initializes a new instance of the <see cref="Funder"/> class.</summary>
    public Funder(Guid id, Guid cohortId, string name, string email, decimal share)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        if (share is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "A funder's share is a fraction above 0 and at most 1.");
        }

        Id = id;
        CohortId = cohortId;
        Name = name;
        Email = email;
        Share = share;
    }

    /// <summary>Gets the funder's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets the cohort funded.</summary>
    public Guid CohortId { get; private set; }

    /// <summary>Gets the name.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the e-mail address.</summary>
    public string Email { get; private set; }

    /// <summary>Gets the share of the budget funded (0.5 for 50%).</summary>
    public decimal Share { get; private set; }
}
