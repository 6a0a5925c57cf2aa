using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cohorts.Host.Pages.Manage;

/// <summary>
/// Shows a refusal's problems next to the fields of a manager's form (<c>name</c> → <c>Form.Name</c>; a field the
/// form does not have, above it), each in the words the page gives it.
/// </summary>
public static class FormRefusal
{
    /// <summary>Adds each problem of <paramref name="refusal"/> to the field <paramref name="fields"/> maps its path to.</summary>
    /// <param name="state">The page's model state.</param>
    /// <param name="refusal">The domain's refusal.</param>
    /// <param name="fields">The form's properties by the domain's field names.</param>
    /// <param name="explain">The page's words for a problem: its path, the domain's message, whether it is a conflict.</param>
    public static void Show(ModelStateDictionary state, DomainRuleException refusal, IReadOnlyDictionary<string, string> fields, Func<string, string, bool, string> explain)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(explain);
        foreach (var (field, messages) in refusal.Errors)
        {
            var key = fields.TryGetValue(field.Split('[')[0], out var property) ? $"Form.{property}" : string.Empty;
            foreach (var message in messages)
            {
                state.AddModelError(key, explain(field, message, refusal.IsConflict));
            }
        }
    }
}
