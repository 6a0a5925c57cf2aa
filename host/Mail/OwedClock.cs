namespace Cohorts.Host.Mail;

/// <summary>
/// A clock stopped at the instant an e-mail was owed: its relative texts ("in 2 days", "3 days overdue") read as they
/// did when its cause happened, however late it is sent (a retry, a host that was down, a demo's past).
/// </summary>
internal sealed class OwedClock(DateTimeOffset owedAt) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => owedAt;
}
