using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Definitions;

/// <summary>A record-typed setting, bound by System.Text.Json.</summary>
public sealed record Reminder(string Channel, IsoDuration Before);
