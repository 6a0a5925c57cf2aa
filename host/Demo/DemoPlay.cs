using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Demo;

/// <summary>
/// What a <see cref="DemoScript"/> works with while its cohort's past is played: the cohort, the demo clock's present,
/// the domain services on the demo's private service provider, and the default way of recording an outcome.
/// </summary>
internal sealed class DemoPlay(DemoHistory history, Guid cohortId, string programmeId)
{
    /// <summary>Gets the cohort being played.</summary>
    public Guid CohortId { get; } = cohortId;

    /// <summary>Gets the programme created for the demo.</summary>
    public string ProgrammeId { get; } = programmeId;

    /// <summary>Gets the demo clock's present.</summary>
    public DateTimeOffset Now => history.Now;

    /// <summary>Gets a random source seeded for the demo (the same demo every time).</summary>
    public Random Random => history.Random;

    /// <summary>Gets a service of the demo's private provider (the real workflow and domain services on the host's database).</summary>
    public T Get<T>()
        where T : notnull => history.Get<T>();

    /// <summary>Records an outcome as every demo cohort does: about nine companies in ten present, a note, visitors near the expected number.</summary>
    public Task RecordDefaultAsync(Session session, CancellationToken cancellationToken) => history.RecordAsync(session, cancellationToken);
}
