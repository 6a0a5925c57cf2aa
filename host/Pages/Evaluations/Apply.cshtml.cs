using System.Globalization;
using Cohorts.Host.Evaluations;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Evaluations;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Evaluations;

/// <summary>
/// The public application page of a cohort's call: the company's fields and the form's questions in the visitor's
/// language; each refusal next to its field with what was typed kept; a thank-you once applied.
/// </summary>
[AllowAnonymous]
public sealed class ApplyModel(ApplicationIntake intake, IStringLocalizer<ScreeningText> text) : PageModel
{
    /// <summary>Gets or sets the link's token.</summary>
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    /// <summary>Gets the open call (null when the link is unknown or closed).</summary>
    public PublicCall? Call { get; private set; }

    /// <summary>Gets why the call cannot be answered, if so.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Gets the company that applied, once it did.</summary>
    public string? Applied { get; private set; }

    /// <summary>Gets the problems by field name (the API's paths).</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the reader's language (en, fr).</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? "fr" : "en";

    /// <summary>Gets what was posted under <paramref name="name"/> (kept on a refusal).</summary>
    public string Posted(string name) => Request.HasFormContentType ? Request.Form[name].ToString() : string.Empty;

    /// <summary>Whether <paramref name="value"/> was among what was posted under <paramref name="name"/>.</summary>
    public bool Chosen(string name, string value) => Request.HasFormContentType && Request.Form[name].Contains(value);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await FindAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await FindAsync(cancellationToken))
        {
            return Page();
        }

        var form = Request.Form;
        int? headcount = int.TryParse(form["headcount"].ToString().Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : null;
        if (headcount is null && form["headcount"].ToString().Trim().Length > 0)
        {
            headcount = -1; // not a number: refused as out of range
        }

        var needs = form["needs"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var submission = new ApplicantSubmission(form["name"], form["sector"], headcount, form["location"], form["contactEmail"], needs, AnswerForm.Read(Call!.Form, form), Language);
        try
        {
            Applied = (await intake.SubmitAsync(Token, submission, cancellationToken)).Name;
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            foreach (var (path, messages) in rule.Errors)
            {
                Errors[path] = ScreeningMessages.Say(path, messages[0], rule.IsConflict, Call.Form, text);
            }

            if (Errors.TryGetValue("token", out var closed))
            {
                Refusal = closed;
            }
        }

        return Page();
    }

    private async Task<bool> FindAsync(CancellationToken cancellationToken)
    {
        try
        {
            Call = await intake.FindOpenAsync(Token, cancellationToken);
            return true;
        }
        catch (DomainRuleException rule)
        {
            Refusal = ScreeningMessages.Say("token", rule.Errors.First().Value[0], rule.IsConflict, null, text);
            if (rule.IsNotFound)
            {
                Response.StatusCode = StatusCodes.Status404NotFound;
            }

            return false;
        }
    }
}
