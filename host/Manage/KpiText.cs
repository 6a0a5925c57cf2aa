using Cohorts.Host.Localization;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Manage;

/// <summary>Names an indicator and writes its values as a person reads them ("17 companies", "80%"), in the reader's language.</summary>
public static class KpiText
{
    /// <summary>Gets the indicator's name.</summary>
    public static string Label(KpiKind kpi, IStringLocalizer<ManagerText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return kpi switch
        {
            KpiKind.CompaniesEnrolled => text["Companies enrolled"],
            KpiKind.SessionsHeld => text["Sessions and events held"],
            KpiKind.AttendanceRate => text["Attendance rate"],
            KpiKind.MilestonesPassed => text["Milestones passed"],
            KpiKind.CompaniesGraduated => text["Companies graduated"],
            KpiKind.Visitors => text["Visitors at events"],
            KpiKind.QuestionnairesCollected => text["Needs questionnaires collected"],
            KpiKind.Members => text["Member companies of the network"],
            _ => kpi.ToString(),
        };
    }

    /// <summary>Writes a value of the indicator.</summary>
    public static string Value(KpiKind kpi, decimal value, HumanText human)
    {
        ArgumentNullException.ThrowIfNull(human);
        var count = (long)decimal.Round(value);
        return kpi switch
        {
            KpiKind.AttendanceRate => human.Percent(value),
            KpiKind.CompaniesEnrolled or KpiKind.CompaniesGraduated or KpiKind.Members => human.Count(count, DomainNoun.Company),
            KpiKind.SessionsHeld => human.Count(count, DomainNoun.Session),
            KpiKind.MilestonesPassed => human.Count(count, DomainNoun.Milestone),
            KpiKind.Visitors => human.Count(count, DomainNoun.Visitor),
            KpiKind.QuestionnairesCollected => human.Count(count, DomainNoun.Questionnaire),
            _ => value.ToString(human.Culture),
        };
    }
}
