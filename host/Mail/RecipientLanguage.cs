using System.Globalization;
using System.Text.Json.Nodes;
using Cohorts.Host.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Mail;

// The interface and its default implementation share this file on purpose (an exception to one type per file): the
// lookup is one place.

/// <summary>The language an e-mail is written in for its recipient.</summary>
public interface IRecipientLanguage
{
    /// <summary>The recipient's language: <c>en</c> or <c>fr</c>.</summary>
    /// <param name="address">The recipient's address.</param>
    /// <param name="data">The message's data (its <c>culture</c> field, when present, is the language it was owed in).</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<CultureInfo> ForAsync(string address, JsonObject data, CancellationToken cancellationToken);
}

/// <summary>
/// The recipient's preferred language: the account's <see cref="CohortsUser.Language"/> ("en"/"fr") when the address has
/// an account, <see cref="Identity.Accounts.AccountLanguages.Default"/> when that account has not chosen (as its profile
/// shows it); for an address without an account (a company's contact), the data's <c>culture</c> field, else that default.
/// </summary>
internal sealed class IdentityRecipientLanguage(IDbContextFactory<CohortsIdentityDbContext> contexts) : IRecipientLanguage
{
    /// <summary>The language when nothing says otherwise.</summary>
    public static readonly CultureInfo Default = CultureInfo.GetCultureInfo(Identity.Accounts.AccountLanguages.Default);

    public async Task<CultureInfo> ForAsync(string address, JsonObject data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var normalized = address.Trim().ToUpperInvariant();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var account = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).Select(u => new { u.Language }).FirstOrDefaultAsync(cancellationToken);
            if (account is not null)
            {
                return Supported(account.Language) ?? Default;
            }
        }

        return Supported(data["culture"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)data["culture"] : null) ?? Default;
    }

    private static CultureInfo? Supported(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "en" or "en-gb" or "en-us" => CultureInfo.GetCultureInfo("en"),
        "fr" or "fr-fr" => CultureInfo.GetCultureInfo("fr"),
        _ => null,
    };
}
