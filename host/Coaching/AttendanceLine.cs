namespace Cohorts.Host.Coaching;

/// <summary>Whether a company attended a recorded session.</summary>
/// <param name="CompanyId">The company's id.</param>
/// <param name="CompanyName">Its name.</param>
/// <param name="Present">True when it attended.</param>
public sealed record AttendanceLine(Guid CompanyId, string CompanyName, bool Present);
