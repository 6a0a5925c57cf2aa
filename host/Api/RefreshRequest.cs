using System.ComponentModel.DataAnnotations;

namespace Cohorts.Host.Api;

/// <summary>A new bearer token for the refresh token of an earlier one.</summary>
/// <param name="RefreshToken">The refresh token.</param>
public sealed record RefreshRequest([property: Required] string RefreshToken);
