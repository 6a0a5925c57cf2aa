namespace Cohorts.Host.Identity.Accounts;

/// <summary>An invitation to make (the API's body and the page's form alike).</summary>
/// <param name="Email">The person's e-mail address.</param>
/// <param name="Role">manager, coach, funder or administrator.</param>
/// <param name="Name">The person's name, if known (they may change it).</param>
/// <param name="Language">en or fr: the e-mail's language (the inviter's page language when not given).</param>
/// <param name="ProgrammeIds">For a manager: the programmes they will manage.</param>
public sealed record InvitationRequest(string? Email, string? Role, string? Name = null, string? Language = null, IReadOnlyList<string>? ProgrammeIds = null);
