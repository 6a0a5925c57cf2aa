namespace Cohorts.Host.Api.Coach;

/// <summary>A coach's calendar subscription address (add it to a calendar application as a subscribed calendar).</summary>
/// <param name="Url">The address; whoever has it reads the coach's sessions, so keep it private.</param>
public sealed record CalendarSubscription(string Url);
