namespace Cohorts.Workflows.Evaluations;

/// <summary>
/// A cohort's public application call (table ApplicationCalls): a programme form answered through a public link whose
/// unguessable token is stored only as its hash, open from <see cref="OpenedAt"/> until its optional deadline or until
/// the manager closes it; one per cohort, re-openable.
/// </summary>
public sealed class ApplicationCall
{
    /// <summary>Initializes a new instance of the <see cref="ApplicationCall"/> class.</summary>
    public ApplicationCall(Guid id, Guid cohortId, string programmeId, string formId, string tokenHash, DateTimeOffset openedAt, DateTimeOffset? closesAt, string openedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programmeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(formId);
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(openedBy);
        Id = id;
        CohortId = cohortId;
        ProgrammeId = programmeId;
        FormId = formId;
        TokenHash = tokenHash;
        OpenedAt = openedAt;
        ClosesAt = closesAt;
        OpenedBy = openedBy;
    }

    /// <summary>Gets the call's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets the cohort the applicants join.</summary>
    public Guid CohortId { get; private set; }

    /// <summary>Gets the programme whose form is answered.</summary>
    public string ProgrammeId { get; private set; }

    /// <summary>Gets the form answered (its latest version at each submission).</summary>
    public string FormId { get; private set; }

    /// <summary>Gets the SHA-256 hash of the public link's token (the token itself is given once, never stored).</summary>
    public string TokenHash { get; private set; }

    /// <summary>Gets when it was (last) opened.</summary>
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Gets the deadline, if any: no application is taken from then on.</summary>
    public DateTimeOffset? ClosesAt { get; private set; }

    /// <summary>Gets when the manager closed it (null while open).</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Gets who opened it.</summary>
    public string OpenedBy { get; private set; }

    /// <summary>Whether it takes applications at <paramref name="now"/>.</summary>
    public bool IsOpenAt(DateTimeOffset now) => ClosedAt is null && (ClosesAt is not { } deadline || now < deadline) && now >= OpenedAt;

    /// <summary>Opens it again with a new token, form and deadline (the previous link stops working).</summary>
    public void Renew(string formId, string tokenHash, DateTimeOffset now, DateTimeOffset? closesAt, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(formId);
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        FormId = formId;
        TokenHash = tokenHash;
        OpenedAt = now;
        ClosesAt = closesAt;
        ClosedAt = null;
        OpenedBy = by;
    }

    /// <summary>Closes it now.</summary>
    public void Close(DateTimeOffset now) => ClosedAt = now;

    /// <summary>Re-opens it with the same link, with a new deadline (or none).</summary>
    public void Reopen(DateTimeOffset? closesAt)
    {
        ClosedAt = null;
        ClosesAt = closesAt;
    }
}
