using Cohorts.Engine.Exceptions;
using Microsoft.AspNetCore.Identity;

namespace Cohorts.Host.Identity;

/// <summary>
/// Turns a failed <see cref="IdentityResult"/> into the exception it stands for: a conflict (409) when the account row
/// changed between its read and its write (two requests on one account at once, e.g. two deactivations: Identity's
/// concurrency stamp refuses the second), an unexpected failure otherwise.
/// </summary>
internal static class IdentityResults
{
    /// <summary>Throws unless <paramref name="result"/> succeeded.</summary>
    /// <exception cref="ConcurrencyConflictException">Another request changed the account at the same time.</exception>
    /// <exception cref="InvalidOperationException">Any other failure.</exception>
    public static void ThrowIfFailed(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new ConcurrencyConflictException("The account was changed by another request at the same time: nothing was changed. Try again.");
        }

        throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
