using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Host.Access;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>A programme's settings, edited by its manager: each refusal is shown next to its field, with what was typed kept.</summary>
public sealed class ProgrammeEditModel(ProgrammeReader reader, ProgrammeAuthoring authoring, UserAccess access, IStringLocalizer<ProgrammeEditText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public ProgrammeForm Form { get; set; } = new();

    public string ProgrammeName { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ProgrammeName = (await reader.RequireManagedAsync(Id, cancellationToken)).Name;
        Form = ProgrammeFormMapping.ToForm(await authoring.ReadSettingsAsync(Id, cancellationToken));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ProgrammeName = (await reader.RequireManagedAsync(Id, cancellationToken)).Name;
        // A value the binder could not read (a tick that is neither on nor off) is refused with its message, not taken
        // as the type's default; the rest is checked by the mapping, which reads the form's texts itself.
        var unread = ModelState
            .Where(e => e.Value is { Errors.Count: > 0 } && e.Key.StartsWith($"{nameof(Form)}.", StringComparison.Ordinal))
            .ToDictionary(e => e.Key[(nameof(Form).Length + 1)..], e => e.Value!.Errors[0].ErrorMessage, StringComparer.Ordinal);
        ModelState.Clear();
        var errors = new Dictionary<string, string>(unread, StringComparer.Ordinal);
        var settings = ProgrammeFormMapping.ToSettings(Form, errors, message => text[message]);
        if (errors.Count == 0)
        {
            try
            {
                await authoring.UpdateAsync(Id, settings, access.Email, cancellationToken);
                return LocalRedirect($"/manage/programmes/{Uri.EscapeDataString(Id)}?saved=true");
            }
            catch (DomainRuleException rule) when (!rule.IsNotFound)
            {
                foreach (var (path, messages) in rule.Errors)
                {
                    errors.TryAdd(ProgrammeFormMapping.FieldOf(path), Explain(path, messages[0]));
                }
            }
        }

        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field.Length == 0 ? string.Empty : $"{nameof(Form)}.{field}", message);
        }

        return Page();
    }

    private string Explain(string path, string message) => LimitText.TryLocalize(message, text) ?? ProgrammeFormMapping.FieldOf(path) switch
    {
        nameof(ProgrammeForm.Name) => text["Give the programme a name."],
        nameof(ProgrammeForm.DurationMonths) => text["A number of months from 1 to {0}.", ProgrammeLimits.MaxDurationMonths],
        nameof(ProgrammeForm.TimeZone) => text["Not a known time zone: an IANA id such as Europe/Paris."],
        nameof(ProgrammeForm.Holidays) => text["The holiday sets are FR (French public holidays) or none."],
        nameof(ProgrammeForm.Closures) => text["Each line: first day; last day; name (08-01 every year, 2027-04-14 once); some day must still work."],
        nameof(ProgrammeForm.Budget) => text["An amount to the cent (two decimal places at most)."],
        nameof(ProgrammeForm.Currency) => text["Three capital letters, such as EUR."],
        nameof(ProgrammeForm.CoFunders) => text["Each line: name; share (50% or 0.5); each name once, the shares adding up to at most 100%."],
        nameof(ProgrammeForm.SessionMinutes) => text["From 15 minutes to 8 hours."],
        nameof(ProgrammeForm.HoursPerCompany) => text["At most {0} hours.", ProgrammeLimits.MaxHoursPerCompany],
        var field when field.StartsWith(nameof(ProgrammeForm.Targets), StringComparison.Ordinal) => text["A number from 0 (a rate at most 100)."],
        _ => text["This cannot be saved: {0}", LimitText.Localize(message, text)],
    };
}
