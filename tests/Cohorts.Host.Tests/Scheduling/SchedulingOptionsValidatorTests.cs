using Cohorts.Host.Scheduling;

namespace Cohorts.Host.Tests.Scheduling;

public sealed class SchedulingOptionsValidatorTests
{
    [Fact]
    public void Validate_ReconciliationIntervalAtPeriodicTimerLimit_Succeeds()
    {
        var options = new SchedulingOptions { ReconciliationInterval = SchedulingOptionsValidator.MaxReconciliationInterval };

        var result = new SchedulingOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        using var timer = new PeriodicTimer(options.ReconciliationInterval, TimeProvider.System);
    }

    [Fact]
    public void Validate_ReconciliationIntervalPastPeriodicTimerLimit_FailsNamingTheSetting()
    {
        var options = new SchedulingOptions { ReconciliationInterval = SchedulingOptionsValidator.MaxReconciliationInterval + TimeSpan.FromMilliseconds(1) };

        var result = new SchedulingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Cohorts:Scheduling:ReconciliationInterval must be between 00:00:01 and 49.17:02:47.294", failure, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PeriodicTimer(options.ReconciliationInterval, TimeProvider.System));
    }
}
