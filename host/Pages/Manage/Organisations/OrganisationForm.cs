using Cohorts.Host.Localization;
using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage.Organisations;

/// <summary>An organisation as the pages enter it: contacts one a line, <c>name; e-mail; role</c>.</summary>
public sealed class OrganisationForm
{
    /// <summary>Gets or sets the name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets what it is.</summary>
    public OrganisationKind Kind { get; set; } = OrganisationKind.Business;

    /// <summary>Gets or sets the town.</summary>
    public string? Town { get; set; }

    /// <summary>Gets or sets the web site.</summary>
    public string? Website { get; set; }

    /// <summary>Gets or sets the contacts, one a line: name; e-mail; role.</summary>
    public string? Contacts { get; set; }

    /// <summary>The form of an organisation of the directory.</summary>
    public static OrganisationForm Of(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new()
        {
            Name = organisation.Name,
            Kind = organisation.Kind,
            Town = organisation.Town,
            Website = organisation.Website,
            Contacts = string.Join('\n', organisation.Contacts.Select(c => string.Join("; ", new[] { c.Name, c.Email, c.Role }.Reverse().SkipWhile(string.IsNullOrEmpty).Reverse()))),
        };
    }

    /// <summary>The input for the directory.</summary>
    public OrganisationInput ToInput()
    {
        var contacts = (Contacts ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(';', StringSplitOptions.TrimEntries))
            .Select(parts => new OrganisationContact(parts[0], parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? string.Join("; ", parts[2..]) : null))
            .ToList();
        return new OrganisationInput(Name, Kind, Town, Website, contacts);
    }

    /// <summary>Shows a refusal next to its field, in the reader's language.</summary>
    public static void Show(DomainRuleException rule, ModelStateDictionary state, IStringLocalizer<OrganisationText> text)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var field in rule.Errors.Keys)
        {
            var (key, message) = field switch
            {
                "name" when rule.IsConflict => (nameof(Name), text["The directory has an organisation of that name already."].Value),
                "name" or "town" when LimitText.TryLocalize(rule.Errors[field][0], text) is { } limit => (field == "name" ? nameof(Name) : nameof(Town), limit),
                "name" => (nameof(Name), text["Give the organisation's name, at most {0} characters.", OrganisationLimits.MaxNameLength].Value),
                "kind" => (nameof(Kind), text["Choose what it is."].Value),
                "town" => (nameof(Town), text["A town has at most {0} characters.", OrganisationLimits.MaxTownLength].Value),
                "website" => (nameof(Website), text["A web site is a full address starting with https:// or http://."].Value),
                "contacts" => (nameof(Contacts), text["At most {0} contacts.", OrganisationLimits.MaxContacts].Value),
                _ when field.StartsWith("contacts[", StringComparison.Ordinal) => (nameof(Contacts), text["Contact on line {0}: a name, then a valid e-mail address and a role if any (name; e-mail; role).", Line(field)].Value),
                _ => (string.Empty, text["The organisation could not be saved."].Value),
            };
            state.AddModelError(key.Length == 0 ? string.Empty : $"Form.{key}", message);
        }
    }

    private static int Line(string field) =>
        int.TryParse(field.AsSpan("contacts[".Length, field.IndexOf(']', StringComparison.Ordinal) - "contacts[".Length), out var index) ? index + 1 : 1;
}
