namespace Cohorts.Workflows.Scheduling;

/// <summary>A company of a coach, as placement ranks them: by name, then id.</summary>
/// <param name="Id">The company's id.</param>
/// <param name="Name">Its name.</param>
internal sealed record SlotCompany(Guid Id, string Name);
