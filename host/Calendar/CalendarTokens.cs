using System.Security.Cryptography;
using Cohorts.Host.Identity;
using Cohorts.Host.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Calendar;

/// <summary>
/// The secret in a coach's calendar subscription address (<c>/api/calendar/{token}.ics</c>): calendar applications
/// cannot sign in, so the address itself is the key. 128 random bits; a new one replaces (revokes) the old; an empty
/// or short token never matches anyone.
/// </summary>
internal static class CalendarTokens
{
    /// <summary>The shortest token looked up (a new token is 32 hexadecimal characters).</summary>
    public const int MinLength = 32;

    /// <summary>The subscription address's path for a token.</summary>
    public static string FeedPath(string token) => $"/api/calendar/{Uri.EscapeDataString(token)}.ics";

    /// <summary>The subscription address, absolute, from the site's public address (never the request's Host header).</summary>
    public static string FeedUrl(PublicLinks links, string token)
    {
        ArgumentNullException.ThrowIfNull(links);
        return links.To(FeedPath(token));
    }

    /// <summary>Finds the coach whose subscription address holds the token, or null.</summary>
    public static async Task<CohortsUser?> FindCoachAsync(UserManager<CohortsUser> users, string? token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (token is null || token.Length < MinLength)
        {
            return null;
        }

        var user = await users.Users.AsNoTracking().SingleOrDefaultAsync(u => u.CalendarToken == token, cancellationToken);
        return user is not null && await users.IsInRoleAsync(user, CohortsRoles.Coach) ? user : null;
    }

    /// <summary>Gives the user a new token (the old address stops working); answers it.</summary>
    /// <exception cref="Cohorts.Engine.Exceptions.ConcurrencyConflictException">The user could not be saved (409).</exception>
    public static async Task<string> RenewAsync(UserManager<CohortsUser> users, CohortsUser user)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        user.CalendarToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var result = await users.UpdateAsync(user);
        return result.Succeeded
            ? user.CalendarToken
            : throw new Cohorts.Engine.Exceptions.ConcurrencyConflictException("The calendar address could not be renewed (changed at the same time?): " + string.Join(" ", result.Errors.Select(e => e.Description)) + " Try again.");
    }
}
