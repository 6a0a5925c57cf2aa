using Cohorts.Host.Localization;
using Cohorts.Workflows.Simulation;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Manage;

/// <summary>
/// The preview's warnings in words, one line per conflict: the same review or session after the cohort's end for
/// several companies is one line naming how many.
/// </summary>
public static class PreviewWarningText
{
    /// <summary>Gets the lines, in the order of the warnings.</summary>
    public static IReadOnlyList<string> Lines(IReadOnlyList<SimulationWarning> warnings, IStringLocalizer<SlotsText> text, HumanText human)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        return
        [
            .. warnings
                .GroupBy(w => (w.Kind, Day: w.At is { } at ? human.Date(at) : null, w.Title, Company: w.Kind is SimulationWarningKind.ReviewAfterEnd or SimulationWarningKind.SessionAfterEnd ? null : w.Company, w.Coach))
                .Select(g => Line(g.First(), g.Count(), text, human)),
        ];
    }

    private static string Line(SimulationWarning warning, int times, IStringLocalizer<SlotsText> text, HumanText human)
    {
        var date = warning.At is { } at ? human.Date(at) : string.Empty;
        var companies = times > 1 ? $" ({text["for {0}", human.Count(times, DomainNoun.Company)]})" : warning.Company is { } company ? $" ({company})" : string.Empty;
        return warning.Kind switch
        {
            SimulationWarningKind.CoachOverCapacity when warning.Count is { } count =>
                text["{0} takes {1}, more than their capacity of {2}.", warning.Coach ?? string.Empty, human.Count((long)count, DomainNoun.Company), human.Count((long)(warning.Limit ?? 0), DomainNoun.Company)],
            SimulationWarningKind.CoachOverCapacity =>
                text["{0}: '{1}' on {2} overlaps another of their sessions.", warning.Coach ?? string.Empty, warning.Title ?? string.Empty, date] + companies,
            SimulationWarningKind.HoursOverBudget =>
                text["{0}: the coaching planned ({1}) is over the budget ({2}).", warning.Company ?? string.Empty, HoursText.Of(warning.Count ?? 0, human.Culture), HoursText.Of(warning.Limit ?? 0, human.Culture)],
            SimulationWarningKind.EventOnExcludedDay => text["'{0}' falls on {1}, a day the programme's calendar excludes.", warning.Title ?? string.Empty, date],
            SimulationWarningKind.EventsSameDay => text["{0} fall on the same day, {1}.", warning.Title ?? string.Empty, date],
            SimulationWarningKind.ReviewAfterEnd => text["The milestone '{0}' falls on {1}, after the cohort's last day.", warning.Title ?? string.Empty, date] + companies,
            _ => text["'{0}' falls on {1}, after the cohort's last day.", warning.Title ?? string.Empty, date] + companies,
        };
    }
}
