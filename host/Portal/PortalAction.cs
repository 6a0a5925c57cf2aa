namespace Cohorts.Host.Portal;

/// <summary>An action agreed at one of the company's sessions.</summary>
/// <param name="Description">What is to be done.</param>
/// <param name="Owner">Who does it.</param>
/// <param name="DueOn">By when, if set.</param>
/// <param name="SessionTitle">The session where it was agreed.</param>
/// <param name="SessionAt">When that session was.</param>
public sealed record PortalAction(string Description, string Owner, DateOnly? DueOn, string SessionTitle, DateTimeOffset SessionAt);
