namespace Cohorts.Engine.Tests.Persistence;

/// <summary>A SQL command as EF sent it: its text and its parameters' names and values.</summary>
/// <param name="Text">The SQL text.</param>
/// <param name="Parameters">The parameters, by name.</param>
public sealed record CapturedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
