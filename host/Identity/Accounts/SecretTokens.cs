using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>One-time tokens of links: random, given once, stored as their SHA-256 hash only.</summary>
internal static class SecretTokens
{
    /// <summary>A new random token (256 bits, base64url).</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The token's SHA-256 hash, as stored.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
