namespace Cohorts.Engine.Tests.Runtime;

/// <summary>Decides whether <see cref="Flaky"/> throws: for every instance until <see cref="Fix"/>, or only for some correlation ids.</summary>
public sealed class FlakySwitch
{
    private readonly HashSet<string> _brokenFor;
    private bool _brokenForAll;
    private int _attempts;

    /// <summary>Initializes a new instance of the <see cref="FlakySwitch"/> class.</summary>
    /// <param name="brokenForAll">Whether every instance fails until <see cref="Fix"/>.</param>
    /// <param name="brokenFor">Correlation ids whose instances always fail.</param>
    public FlakySwitch(bool brokenForAll, params string[] brokenFor)
    {
        _brokenForAll = brokenForAll;
        _brokenFor = [.. brokenFor];
    }

    /// <summary>Gets how many times a <see cref="Flaky"/> ran.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Mends the cause: instances not listed by correlation id stop failing.</summary>
    public void Fix() => Volatile.Write(ref _brokenForAll, false);

    /// <summary>Counts an attempt and tells whether it fails.</summary>
    public bool Attempt(string? correlationId)
    {
        Interlocked.Increment(ref _attempts);
        return Volatile.Read(ref _brokenForAll) || (correlationId is not null && _brokenFor.Contains(correlationId));
    }
}
