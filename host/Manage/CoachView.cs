namespace Cohorts.Host.Manage;

/// <summary>A coach of a cohort.</summary>
/// <param name="Id">The coach's id.</param>
/// <param name="Name">The name.</param>
/// <param name="Email">The e-mail address.</param>
/// <param name="Capacity">The most companies they take.</param>
/// <param name="Expertise">The expertise tags.</param>
public sealed record CoachView(Guid Id, string Name, string Email, int Capacity, IReadOnlyList<string> Expertise);
