namespace Cohorts.Engine.Activities;

/// <summary>A custom activity type to add to the registry, registered in DI by <c>AddCohortsActivity&lt;T&gt;()</c>.</summary>
/// <param name="Type">The activity type.</param>
public sealed record ActivityTypeRegistration(Type Type);
