using Cohorts.Host.Identity;
using Microsoft.AspNetCore.Identity;

namespace Cohorts.Host.Tests.Credentials;

/// <summary>Identity's password hasher, counting the passwords it checks (the costly part of a sign-in).</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<CohortsUser>
{
    private readonly PasswordHasher<CohortsUser> _inner = new();
    private int _verifications;

    public int Verifications => _verifications;

    public string HashPassword(CohortsUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(CohortsUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
