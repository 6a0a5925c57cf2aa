using Cohorts.Workflows.Forms;

namespace Cohorts.Workflows.Evaluations;

/// <summary>An open call as an applicant sees it: the cohort's name, the form version to answer, the deadline.</summary>
/// <param name="Call">The call.</param>
/// <param name="CohortName">The cohort applied to.</param>
/// <param name="ProgrammeName">Its programme.</param>
/// <param name="Version">The form version answered now (the latest).</param>
public sealed record PublicCall(ApplicationCall Call, string CohortName, string ProgrammeName, FormVersion Version)
{
    /// <summary>Gets the form.</summary>
    public FormDefinition Form { get; } = Version.ReadDefinition();
}
