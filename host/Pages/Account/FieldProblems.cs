using Cohorts.Host.Localization;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Account;

/// <summary>Shows a refusal's problems next to the fields of a page's form (<c>email</c> → <c>Input.Email</c>), in the page's language.</summary>
public static class FieldProblems
{
    /// <summary>Adds each problem to the field it names (model-wide when the form has no such field).</summary>
    public static void Show(ModelStateDictionary modelState, DomainRuleException refusal, IStringLocalizer<SharedText> text, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (field, messages) in refusal.Errors)
        {
            var name = field.Split('[')[0];
            var key = fields.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase)) is { } known
                ? "Input." + char.ToUpperInvariant(known[0]) + known[1..]
                : string.Empty;
            foreach (var message in messages)
            {
                modelState.AddModelError(key, text[message]);
            }
        }
    }
}
