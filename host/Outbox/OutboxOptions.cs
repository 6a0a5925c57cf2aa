namespace Cohorts.Host.Outbox;

/// <summary>Settings of the outbox's delivery (section <c>Cohorts:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Cohorts:Outbox";

    /// <summary>The longest interval between sweeps (what <see cref="PeriodicTimer"/> accepts, in whole milliseconds).</summary>
    public static readonly TimeSpan MaxPollInterval = TimeSpan.FromDays(1);

    /// <summary>
    /// Gets or sets how often what the outbox still owes (a delivery that failed, or was cut short by a crash) is
    /// delivered again; the outbox is also swept at start-up, and each message is first delivered right after its commit.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
}
