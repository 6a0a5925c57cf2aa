namespace Cohorts.Workflows.Forms.Aggregation;

/// <summary>A text answered, with who answered it and when.</summary>
/// <param name="Text">The text.</param>
/// <param name="CompanyName">The company that answered, if the request named one.</param>
/// <param name="SubmittedAt">When the answer set was submitted.</param>
public sealed record TextAnswer(string Text, string? CompanyName, DateTimeOffset SubmittedAt);
