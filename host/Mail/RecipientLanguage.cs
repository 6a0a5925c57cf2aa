using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Cohorts.Host.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Mail;

// The interface and its default implementation share this file on purpose (an exception to one type per file): the
// accounts branch adds CohortsUser.Language, and keeping the lookup in one place keeps that merge to one file.

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
/// The recipient's preferred language: the account's <c>Language</c> ("en"/"fr") when the address has an account and
/// <see cref="CohortsUser"/> has that property, else the data's <c>culture</c> field, else French, the language of
/// these French programmes.
/// </summary>
internal sealed class IdentityRecipientLanguage(IDbContextFactory<CohortsIdentityDbContext> contexts) : IRecipientLanguage
{
    /// <summary>The language when nothing says otherwise.</summary>
    public static readonly CultureInfo Default = CultureInfo.GetCultureInfo("fr");

    private static readonly PropertyInfo? LanguageProperty = typeof(CohortsUser).GetProperty("Language", typeof(string));

    public async Task<CultureInfo> ForAsync(string address, JsonObject data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (LanguageProperty is not null)
        {
            var normalized = address.Trim().ToUpperInvariant();
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
            if (Supported(LanguageProperty.GetValue(user) as string) is { } preferred)
            {
                return preferred;
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
