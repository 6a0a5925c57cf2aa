namespace Cohorts.Host.Api.Admin;

/// <summary>A new password with a reset link's user and token.</summary>
/// <param name="User">The link's <c>user</c>.</param>
/// <param name="Token">The link's <c>token</c>.</param>
/// <param name="Password">The new password (Identity's rules).</param>
public sealed record ResetPasswordRequest(string? User, string? Token, string? Password);
