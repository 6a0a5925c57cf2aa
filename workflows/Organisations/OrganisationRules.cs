using System.Net.Mail;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Text;

namespace Cohorts.Workflows.Organisations;

/// <summary>Checks an <see cref="OrganisationInput"/> against <see cref="OrganisationLimits"/>, every problem by field.</summary>
internal static class OrganisationRules
{
    /// <exception cref="DomainRuleException">A field is missing, too long or malformed (every problem listed).</exception>
    public static void Check(OrganisationInput input)
    {
        var problems = new Problems();
        problems.Required("name", input.Name, "The organisation's name");
        problems.Text("name", input.Name?.Trim(), OrganisationLimits.MaxNameLength);
        if (!Enum.IsDefined(input.Kind))
        {
            problems.Add("kind", $"Expected one of: {string.Join(", ", Enum.GetNames<OrganisationKind>())}.");
        }

        problems.Text("town", input.Town?.Trim(), OrganisationLimits.MaxTownLength);
        if (!string.IsNullOrWhiteSpace(input.Website) && !IsWebAddress(input.Website.Trim()))
        {
            problems.Add("website", $"A web site is an absolute http or https address (https://…) of at most {OrganisationLimits.MaxWebsiteLength} characters.");
        }

        var contacts = input.Contacts ?? [];
        if (problems.MaxCount("contacts", contacts.Count, OrganisationLimits.MaxContacts))
        {
            for (var i = 0; i < contacts.Count; i++)
            {
                CheckContact(contacts[i], $"contacts[{i}]", problems);
            }
        }

        problems.ThrowIfAny();
    }

    /// <summary>The input's contacts, trimmed, empty fields as null.</summary>
    public static List<OrganisationContact> Contacts(OrganisationInput input) =>
        [.. (input.Contacts ?? []).Select(c => new OrganisationContact(Spacing.Collapse(c.Name), Blank(c.Email), OneLine(c.Role)))];

    /// <summary>A text trimmed, or null when blank.</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A text on one line (<see cref="Spacing.Collapse"/>: line breaks and runs of spaces are one space), or null when blank.</summary>
    public static string? OneLine(string? text) => string.IsNullOrWhiteSpace(text) ? null : Spacing.Collapse(text);

    private static void CheckContact(OrganisationContact? contact, string at, Problems problems)
    {
        if (contact is null)
        {
            problems.Add(at, "Give a contact here, not null.");
            return;
        }

        problems.Required($"{at}.name", contact.Name, "The contact's name");
        problems.Text($"{at}.name", contact.Name?.Trim(), OrganisationLimits.MaxContactTextLength);
        problems.Text($"{at}.role", contact.Role?.Trim(), OrganisationLimits.MaxContactTextLength);
        if (!string.IsNullOrWhiteSpace(contact.Email) && !IsEmail(contact.Email.Trim()))
        {
            problems.Add($"{at}.email", $"'{contact.Email.Trim()}' is not an e-mail address (name@example.org, at most {InputLimits.MaxEmailLength} characters).");
        }
    }

    private static bool IsWebAddress(string url) =>
        url.Length <= OrganisationLimits.MaxWebsiteLength
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;

    private static bool IsEmail(string email) =>
        email.Length <= InputLimits.MaxEmailLength
        && MailAddress.TryCreate(email, out var parsed)
        && parsed.Address == email
        && parsed.Host.Contains('.', StringComparison.Ordinal);
}
