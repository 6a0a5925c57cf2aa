using Cohorts.Host.Demo;

namespace Cohorts.Host.Tests.Demo;

/// <summary>
/// A demo script keeps what its play has done (the Tournée's questionnaires already answered or left, the expedition's
/// answers so far), so each seeding has scripts of its own: the tests' hosts seed at the same time in one process, and
/// a shared Tournée script once corrupted its set of answered questionnaires and failed every host starting then (a
/// shared expedition script also gave a later host's demo other answers than the first's).
/// </summary>
public sealed class DemoScriptsTests
{
    [Fact]
    public void Create_TwoSeedings_ShareNoScript()
    {
        var first = DemoScripts.Create();
        var second = DemoScripts.Create();

        Assert.Equal(DemoScripts.Count, first.Count);
        Assert.All(first.Zip(second), pair => Assert.NotSame(pair.First, pair.Second));
        Assert.Equal(first.Select(s => s.TemplateId), second.Select(s => s.TemplateId));
    }
}
