namespace Cohorts.Host.Tests.Manager;

/// <summary>Opens <see cref="TestGate"/>.</summary>
public sealed class GateSwitch
{
    public bool IsOpen { get; set; }
}
