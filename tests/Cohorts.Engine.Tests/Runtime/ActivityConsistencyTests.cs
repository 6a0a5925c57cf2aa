using Cohorts.Engine.Activities;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class ActivityConsistencyTests
{
    private static readonly Type[] EngineActivityTypes =
        [.. typeof(Activity).Assembly.GetTypes().Where(t => typeof(Activity).IsAssignableFrom(t) && !t.IsAbstract)];

    [Fact]
    public void EngineActivities_EveryConcreteType_IsSealed()
    {
        Assert.NotEmpty(EngineActivityTypes);
        Assert.Empty(EngineActivityTypes.Where(t => !t.IsSealed).Select(t => t.FullName));
    }

    [Fact]
    public void BuiltInTypes_EveryConcreteTypeButMissingActivity_IsRegistered()
    {
        var expected = EngineActivityTypes.Where(t => t != typeof(MissingActivity)).Select(t => t.FullName).Order();

        Assert.Equal(expected, ActivityRegistry.BuiltInTypes.Select(t => t.FullName).Order());
        Assert.DoesNotContain(typeof(MissingActivity), ActivityRegistry.BuiltInTypes);
    }

    [Fact]
    public void BuiltInTypes_TypeNames_AreUniqueAndResolveBack()
    {
        var registry = new ActivityRegistry();
        var names = ActivityRegistry.BuiltInTypes.Select(t => registry.Find(t)?.TypeName).ToList();

        Assert.DoesNotContain(null, names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ActivityRegistry.BuiltInTypes, t => Assert.Equal(t, registry.Find(registry.Find(t)!.TypeName)!.Type));
        Assert.Equal(names.Order(StringComparer.Ordinal), registry.Descriptors.Select(d => d.TypeName));
    }

    [Fact]
    public async Task Registry_WithTheTestHostsActivities_KeepsNamesUnique()
    {
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(new ProbeLog()));

        var names = harness.Registry.Descriptors.Select(d => d.TypeName).ToList();

        Assert.Contains("Probe", names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ActivityRegistry.BuiltInTypes.Count + 1, names.Count);
    }
}
