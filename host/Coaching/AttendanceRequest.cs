namespace Cohorts.Host.Coaching;

/// <summary>Whether one company attended a session.</summary>
/// <param name="CompanyId">The company's id (one the session expects).</param>
/// <param name="Present">True when it attended, false when it did not.</param>
public sealed record AttendanceRequest(Guid? CompanyId, bool? Present);
