using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Identity;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>The checks of account input, each refusal naming its field (<see cref="AccountMessages"/>).</summary>
internal static class AccountRules
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    /// <summary>Answers the trimmed address; refuses (<c>email</c>) a missing, too long or malformed one.</summary>
    public static string RequireEmail(string? email)
    {
        var trimmed = email?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainRuleException("email", AccountMessages.EmailRequired);
        }

        var valid = trimmed.Length <= Invitation.MaxEmailLength
            && EmailFormat.IsValid(trimmed)
            && EmailAddresses.IsPlausible(trimmed)
            && MailAddress.TryCreate(trimmed, out var parsed)
            && string.Equals(parsed.Address, trimmed, StringComparison.Ordinal)
            && parsed.Host.Contains('.', StringComparison.Ordinal);
        return valid ? trimmed : throw new DomainRuleException("email", AccountMessages.EmailInvalid);
    }

    /// <summary>Answers the role; refuses (<c>role</c>) one that is not <see cref="CohortsRoles.All"/>.</summary>
    public static string RequireRole(string? role) =>
        CohortsRoles.All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainRuleException("role", AccountMessages.RoleInvalid);

    /// <summary>
    /// Answers the name on one line, trimmed (null when blank and not <paramref name="required"/>); refuses (<c>name</c>)
    /// a too long or missing one, or one holding a control character.
    /// </summary>
    public static string? CheckName(string? name, bool required)
    {
        if (name is not null && ControlCharacters.AnyIn(name.AsSpan().Trim()))
        {
            throw new DomainRuleException("name", LimitMessages.NoControlCharacters);
        }

        var trimmed = name is null ? null : Workflows.Text.Spacing.Collapse(name);
        if (string.IsNullOrEmpty(trimmed))
        {
            return required ? throw new DomainRuleException("name", AccountMessages.NameRequired) : null;
        }

        return trimmed.Length > Invitation.MaxNameLength ? throw new DomainRuleException("name", AccountMessages.NameTooLong) : trimmed;
    }

    /// <summary>Answers the language; refuses (<c>language</c>) one given that is not en or fr; the fallback when none is given.</summary>
    public static string CheckLanguage(string? language, string? fallback)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return AccountLanguages.OrDefault(fallback);
        }

        var trimmed = language.Trim().ToLowerInvariant();
        return AccountLanguages.IsSupported(trimmed) ? trimmed : throw new DomainRuleException("language", AccountMessages.LanguageInvalid);
    }

    /// <summary>
    /// Refuses (<c>password</c>) a password that breaks Identity's rules: with <paramref name="describe"/>, one problem
    /// per broken rule in Identity's words (the command line); otherwise <see cref="AccountMessages.PasswordTooWeak"/>.
    /// </summary>
    public static async Task RequireStrongPasswordAsync(UserManager<CohortsUser> users, CohortsUser user, string? password, bool describe)
    {
        if (string.IsNullOrEmpty(password))
        {
            throw new DomainRuleException("password", AccountMessages.PasswordRequired);
        }

        List<IdentityError> errors = [];
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors);
        }

        if (errors.Count > 0)
        {
            throw describe
                ? new DomainRuleException([.. errors.Select(e => new KeyValuePair<string, string>("password", e.Description))])
                : new DomainRuleException("password", AccountMessages.PasswordTooWeak);
        }
    }
}
