namespace Cohorts.Host.Coaching;

/// <summary>A company named in a session or an outcome.</summary>
/// <param name="Id">The company's id.</param>
/// <param name="Name">Its name.</param>
public sealed record CompanyRef(Guid Id, string Name);
