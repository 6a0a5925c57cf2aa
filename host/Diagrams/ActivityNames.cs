using System.Text.RegularExpressions;
using Cohorts.Engine.Activities;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Diagrams;

/// <summary>
/// Names an activity as a person reads it: its display name, else its own name or title (a milestone's "Mid-term
/// review", a session's "Coaching session #${occurrence + 1}" with the template left out), else its type in words.
/// </summary>
public sealed partial class ActivityNames(IStringLocalizer<DefinitionText> text, IStringLocalizer<ManagerText> manager)
{
    /// <summary>Names an activity of the given type.</summary>
    public string Label(Activity activity, string typeName)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.DisplayName))
        {
            return activity.DisplayName;
        }

        if ((Own(activity, "Name") ?? Own(activity, "Title")) is { } own)
        {
            return Template().Replace(own, "…").Trim();
        }

        return activity switch
        {
            Sequence => text["In order"],
            Engine.Activities.Parallel => text["All at the same time"],
            Race => text["The first to finish"],
            If @if => text["If {0}", @if.Condition],
            Switch @switch => text["Depending on {0}", @switch.Expression],
            ForEach each => text["For each of {0}", each.Items],
            Repeat => text["Repeat"],
            Delay => text["Wait"],
            WaitUntil => text["Wait for a date"],
            WaitForSignal signal => text["Wait for {0}", signal.Signal],
            SetVariable set => text["Set {0}", set.Variable],
            Finish => text["End"],
            Fail => text["Stop with an error"],
            MissingActivity missing => text["Unknown activity type {0}", missing.TypeName],
            _ => StepText.Activity(typeName, manager),
        };
    }

    /// <summary>Names the place a child holds in its parent (<c>then</c>, <c>else</c>, a case), or null for a plain child.</summary>
    public string? Role(string setting, string? when) => setting switch
    {
        "then" => text["then:"].Value,
        "else" => text["else:"].Value,
        "default" => text["otherwise:"].Value,
        "followUp" => text["follow-up:"].Value,
        "cases" => text["when {0}:", when ?? string.Empty].Value,
        _ => null,
    };

    private static string? Own(Activity activity, string name) =>
        activity.GetType().GetProperty(name)?.GetValue(activity) as string is { Length: > 0 } value ? value : null;

    [GeneratedRegex(@"\$\{[^}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Template();
}
