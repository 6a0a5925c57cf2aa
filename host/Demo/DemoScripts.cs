namespace Cohorts.Host.Demo;

/// <summary>The demo's cohorts, one per built-in programme, in the order they are created.</summary>
internal static class DemoScripts
{
    /// <summary>Gets every demo cohort's script.</summary>
    public static IReadOnlyList<DemoScript> All { get; } =
    [
        new BoostDemo(),
        new OpenLabDemo(),
        new CimeDemo(),
        new SemaineDemo(),
        new TourneeDemo(),
    ];
}
