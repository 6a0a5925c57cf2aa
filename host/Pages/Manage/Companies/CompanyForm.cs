using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Services;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage.Companies;

/// <summary>A company's form: adding one to a running cohort, or correcting its details.</summary>
public sealed class CompanyForm
{
    /// <summary>Gets the form's properties by the domain's field names.</summary>
    public static IReadOnlyDictionary<string, string> Fields { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = nameof(Name),
        ["sector"] = nameof(Sector),
        ["headcount"] = nameof(Headcount),
        ["location"] = nameof(Location),
        ["contactEmail"] = nameof(ContactEmail),
        ["contactLanguage"] = nameof(ContactLanguage),
        ["needs"] = nameof(Needs),
    };

    /// <summary>Gets or sets the name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the sector.</summary>
    public string? Sector { get; set; }

    /// <summary>Gets or sets the headcount.</summary>
    public int? Headcount { get; set; }

    /// <summary>Gets or sets the town.</summary>
    public string? Location { get; set; }

    /// <summary>Gets or sets the contact's e-mail address.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>Gets or sets the contact's language (en or fr; empty: that of its application, else French).</summary>
    public string? ContactLanguage { get; set; }

    /// <summary>Gets or sets the needs, comma-separated.</summary>
    public string? Needs { get; set; }

    /// <summary>The form of a company as it is.</summary>
    public static CompanyForm Of(CompanyView company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return new CompanyForm
        {
            Name = company.Name,
            Sector = company.Sector,
            Headcount = company.Headcount,
            Location = company.Location,
            ContactEmail = company.ContactEmail,
            ContactLanguage = company.ContactLanguage,
            Needs = string.Join(", ", company.Needs),
        };
    }

    /// <summary>The language chosen, or null when none is (the empty choice).</summary>
    public string? ChosenLanguage() => string.IsNullOrWhiteSpace(ContactLanguage) ? null : ContactLanguage.Trim();

    /// <summary>The needs, one per entry.</summary>
    public IReadOnlyList<string> NeedList() => (Needs ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The page's words for a problem of one of the form's fields (a limit, a missing or taken value), or null for another problem.</summary>
    public static string? Explain(string field, string message, bool conflict, IStringLocalizer<ChangesText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LimitText.TryLocalize(message, text) ?? field switch
        {
            "name" when conflict => text["The cohort has a company of that name already."].Value,
            "name" => text["Give the company's name."].Value,
            "sector" => text["Give its sector."].Value,
            "location" => text["Give its town."].Value,
            "contactEmail" when message.Contains("required", StringComparison.OrdinalIgnoreCase) => text["Give its contact's e-mail address."].Value,
            "contactEmail" => text["Give an e-mail address, such as name@example.org."].Value,
            "contactLanguage" => text["Choose English or French."].Value,
            "headcount" => text["The headcount is a number from 0 up."].Value,
            _ => null,
        };
    }
}
