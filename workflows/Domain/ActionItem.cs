namespace Cohorts.Workflows.Domain;

/// <summary>An action agreed in a session, with its owner and due date.</summary>
/// <param name="Description">What to do.</param>
/// <param name="Owner">Who does it.</param>
/// <param name="DueOn">By when.</param>
public sealed record ActionItem(string Description, string Owner, DateOnly? DueOn);
