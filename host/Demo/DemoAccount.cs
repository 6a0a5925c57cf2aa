namespace Cohorts.Host.Demo;

/// <summary>A demo account (its password is <see cref="DemoOptions.Password"/>).</summary>
/// <param name="Email">The e-mail address to sign in with.</param>
/// <param name="Role">The role.</param>
/// <param name="DisplayName">Who it is.</param>
public sealed record DemoAccount(string Email, string Role, string DisplayName);
