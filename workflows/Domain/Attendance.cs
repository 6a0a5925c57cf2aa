namespace Cohorts.Workflows.Domain;

/// <summary>Whether a company attended a session.</summary>
/// <param name="CompanyId">The company.</param>
/// <param name="Present">True when it attended.</param>
public sealed record Attendance(Guid CompanyId, bool Present);
