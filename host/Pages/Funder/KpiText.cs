using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Text;

namespace Cohorts.Host.Pages.Funder;

/// <summary>An indicator's values as a person reads them: "17 companies", "142 sessions", "86%".</summary>
public static class KpiText
{
    /// <summary>Writes a value of an indicator (counts rounded to whole units, the attendance rate as a percentage).</summary>
    public static string Value(HumanText human, KpiKind kind, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(human);
        if (value is not { } number)
        {
            return "—";
        }

        return kind switch
        {
            KpiKind.AttendanceRate => human.Percent(number),
            KpiKind.CompaniesEnrolled or KpiKind.CompaniesGraduated or KpiKind.Members => human.Count((long)Math.Round(number), DomainNoun.Company),
            KpiKind.SessionsHeld => human.Count((long)Math.Round(number), DomainNoun.Session),
            KpiKind.MilestonesPassed => human.Count((long)Math.Round(number), DomainNoun.Milestone),
            KpiKind.Visitors => human.Count((long)Math.Round(number), DomainNoun.Visitor),
            KpiKind.QuestionnairesCollected => human.Count((long)Math.Round(number), DomainNoun.Questionnaire),
            _ => number.ToString("0.##", human.Culture),
        };
    }
}
