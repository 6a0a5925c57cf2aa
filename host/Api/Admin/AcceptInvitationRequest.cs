namespace Cohorts.Host.Api.Admin;

/// <summary>The acceptance of an invitation: the link's token, and the name, password and language chosen.</summary>
/// <param name="Token">The token of the invitation link.</param>
/// <param name="Name">The person's name.</param>
/// <param name="Password">Their password (Identity's rules).</param>
/// <param name="Language">en or fr (the invitation's language when not given).</param>
public sealed record AcceptInvitationRequest(string? Token, string? Name, string? Password, string? Language = null);
