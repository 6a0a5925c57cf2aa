namespace Cohorts.Host.Identity.Accounts;

/// <summary>An account as an administrator sees it.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Email">The e-mail address (sign-in name).</param>
/// <param name="Name">The name shown on pages.</param>
/// <param name="Roles">The roles.</param>
/// <param name="Language">The language chosen (en, fr).</param>
/// <param name="Active">False when deactivated: it cannot sign in.</param>
/// <param name="ProgrammeIds">The programmes a manager manages.</param>
public sealed record AccountView(string Id, string Email, string Name, IReadOnlyList<string> Roles, string Language, bool Active, IReadOnlyList<string> ProgrammeIds);
