namespace Cohorts.Host.Api.Admin;

/// <summary>A request for a password reset link.</summary>
/// <param name="Email">The account's e-mail address.</param>
public sealed record ForgotPasswordRequest(string? Email);
