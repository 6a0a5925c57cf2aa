namespace Cohorts.Workflows.Domain;

/// <summary>The indicators a programme sets targets for; each is computed from recorded data.</summary>
public enum KpiKind
{
    /// <summary>Companies accepted into the cohort.</summary>
    CompaniesEnrolled,

    /// <summary>Sessions and events held (outcome recorded).</summary>
    SessionsHeld,

    /// <summary>Share of expected attendances that were present, in percent.</summary>
    AttendanceRate,

    /// <summary>Milestones passed.</summary>
    MilestonesPassed,

    /// <summary>Companies that graduated.</summary>
    CompaniesGraduated,

    /// <summary>Visitors counted at collective events (an innovation week's 2,500).</summary>
    Visitors,

    /// <summary>Needs questionnaires collected (the Tournée de l'innovation).</summary>
    QuestionnairesCollected,

    /// <summary>Member companies of the programme's network (organisations linked with the role Member: Connect Innov's 100).</summary>
    Members,
}
