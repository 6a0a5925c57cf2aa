using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Cohorts.Workflows.Evaluations;

/// <summary>The public links' tokens: random, given once to the manager, stored as their SHA-256 hash only (as the accounts' invitations).</summary>
internal static class CallTokens
{
    /// <summary>A new random token (256 bits, base64url: 43 characters).</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The token's SHA-256 hash, as stored.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
