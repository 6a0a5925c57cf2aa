using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Programmes;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Templates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>Creates a programme, from a template or blank: each time a new one, managed by its creator.</summary>
public sealed class ProgrammeNewModel(ProgrammeInstaller installer, UserAccess access, IStringLocalizer<ProgrammeEditText> text) : PageModel
{
    /// <summary>Gets or sets the template (empty: a blank programme).</summary>
    [BindProperty(SupportsGet = true)]
    public string? TemplateId { get; set; }

    /// <summary>Gets or sets the name.</summary>
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>Gets or sets a cohort's duration in months, as typed.</summary>
    [BindProperty]
    public string? DurationMonths { get; set; }

    public IReadOnlyList<ProgrammeTemplate> Templates { get; } = ProgrammeTemplates.List();

    public void OnGet()
    {
        if (TemplateId is { } id && ProgrammeTemplates.TryGet(id, out var template))
        {
            Name ??= template.Programme.Name;
            DurationMonths ??= template.Programme.DurationMonths.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var templateId = string.IsNullOrWhiteSpace(TemplateId) ? null : TemplateId;
        int? months = null;
        if (!string.IsNullOrWhiteSpace(DurationMonths))
        {
            if (int.TryParse(DurationMonths.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var m))
            {
                months = m;
            }
            else
            {
                ModelState.AddModelError(nameof(DurationMonths), text["A whole number of months."]);
                return Page();
            }
        }

        try
        {
            var programme = await installer.CreateAsync(new NewProgramme(Name, templateId, months), access.UserId, access.Email, cancellationToken);
            return LocalRedirect($"/manage/programmes/{Uri.EscapeDataString(programme.Id)}?created=true{(templateId is null ? "&blank=true" : string.Empty)}");
        }
        catch (DomainRuleException rule)
        {
            foreach (var (field, messages) in rule.Errors)
            {
                var (key, message) = field switch
                {
                    "name" => (nameof(Name), LimitText.TryLocalize(messages[0], text) ?? text["Give the programme a name."]),
                    "durationMonths" => (nameof(DurationMonths), text["A number of months from 1 to {0}.", ProgrammeLimits.MaxDurationMonths].Value),
                    "templateId" => (nameof(TemplateId), text["There is no such template."].Value),
                    _ => (string.Empty, text["This cannot be saved: {0}", LimitText.Localize(messages[0], text)].Value),
                };
                ModelState.AddModelError(key, message);
            }

            return Page();
        }
    }
}
