namespace Cohorts.Host.Demo;

/// <summary>The demo's cohorts, one per built-in programme, in the order they are created.</summary>
internal static class DemoScripts
{
    /// <summary>Gets how many demo cohorts there are (one per built-in programme).</summary>
    public static int Count => Create().Count;

    /// <summary>
    /// Creates every demo cohort's script, a new set for each seeding: a script keeps what its play has done so far (the
    /// Tournée's questionnaires already answered or left, the expedition's answers so far), and hosts that seed at the
    /// same time in one process (the tests' hosts) must not share it.
    /// </summary>
    public static IReadOnlyList<DemoScript> Create() =>
    [
        new BoostDemo(),
        new OpenLabDemo(),
        new CimeDemo(),
        new SemaineDemo(),
        new TourneeDemo(),
    ];
}
