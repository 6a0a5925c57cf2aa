namespace Cohorts.Engine.Activities;

/// <summary>Well-known outcome names.</summary>
public static class Outcomes
{
    /// <summary>The default outcome of a completed activity.</summary>
    public const string Done = "Done";

    /// <summary>The outcome of an <see cref="If"/> whose condition held.</summary>
    public const string True = "True";

    /// <summary>The outcome of an <see cref="If"/> whose condition did not hold.</summary>
    public const string False = "False";
}
