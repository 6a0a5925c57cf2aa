namespace Cohorts.Engine.Tests.Definitions;

/// <summary>How a coaching session is held (an enum setting for the format tests).</summary>
public enum SessionFormat
{
    OnSite,
    Remote,
}
