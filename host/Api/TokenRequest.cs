using System.ComponentModel.DataAnnotations;

namespace Cohorts.Host.Api;

/// <summary>A sign-in for the API: the answer is a bearer token (and a refresh token).</summary>
/// <param name="Email">The user's e-mail address.</param>
/// <param name="Password">The password.</param>
public sealed record TokenRequest([property: Required, EmailAddress] string Email, [property: Required] string Password);
