using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Cohorts.Host.Identity.Credentials;

/// <summary>
/// Checks an e-mail address and password for the sign-in page and the API alike, answering nothing more than the user
/// or null: an unknown address, a wrong password, a locked or disabled account look the same from outside, and each
/// costs one password hash (a decoy one when there is no account to check), so that timing tells no more.
/// </summary>
public sealed class PasswordCheck(SignInManager<CohortsUser> signIn, AccountStanding standing, IPasswordHasher<CohortsUser> hasher)
{
    private static readonly CohortsUser DecoyUser = new();
    private static string? s_decoyHash;

    /// <summary>Answers the user when the password is theirs and they may sign in; counts a failure towards the lockout.</summary>
    public async Task<CohortsUser?> CheckAsync(string email, string password)
    {
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null || !await standing.IsActiveAsync(user))
        {
            s_decoyHash ??= hasher.HashPassword(DecoyUser, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
            hasher.VerifyHashedPassword(DecoyUser, s_decoyHash, password);
            return null;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return result.Succeeded ? user : null;
    }
}
