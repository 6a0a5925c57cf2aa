using System.Globalization;
using Cohorts.Engine.Instances;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Host.Tests.Manager;

/// <summary>
/// What a journey's log noted at a step, on its timeline's step detail: the date or the action it waited for, its
/// outcome, a skip's reason, in the manager's words and language rather than the engine's ("timer due …", "Done").
/// </summary>
public sealed class StepDetailTests
{
    [Theory]
    [InlineData("en-GB", ExecutionEvent.ActivitySuspended, "timer due 2027-02-01T17:00:00Z", "the date 1 February 2027 at 18:00")]
    [InlineData("fr-FR", ExecutionEvent.ActivitySuspended, "timer due 2027-02-01T17:00:00Z", "la date du 1er\u00a0février\u00a02027 à 18\u00a0h")]
    [InlineData("fr-FR", ExecutionEvent.ActivityResumed, "signal '" + CohortSignals.SessionRecorded + "' [session-42]", "le compte rendu de la séance")]
    [InlineData("fr-FR", ExecutionEvent.ActivitySuspended, "signal '" + CohortSignals.SessionRescheduled + "' [session-42]", "une nouvelle date pour la séance")]
    [InlineData("en-GB", ExecutionEvent.ActivitySuspended, "signal '" + CohortSignals.SessionCancelled + "' [session-42]", "the session's cancellation")]
    [InlineData("fr-FR", ExecutionEvent.ActivitySuspended, "signal '" + CohortSignals.FormAnswered + "' [form-7]", "les réponses au formulaire")]
    [InlineData("en-GB", ExecutionEvent.ActivityCompleted, "Done", "done")]
    [InlineData("fr-FR", ExecutionEvent.ActivityCompleted, "Done", "terminée")]
    [InlineData("fr-FR", ExecutionEvent.ActivityCompleted, "True", "oui")]
    [InlineData("fr-FR", ExecutionEvent.ActivityCompleted, "Accepted", "Acceptée")]
    [InlineData("fr-FR", ExecutionEvent.ActivityCompleted, "Held", "a eu lieu")]
    [InlineData("en-GB", ExecutionEvent.ActivityCompleted, "NoShow", "the company did not come")]
    [InlineData("fr-FR", ExecutionEvent.ActivityCompleted, "Collected", "réponses recueillies")]
    [InlineData("en-GB", ExecutionEvent.ActivityCompleted, "NeedsWork", "needs more work")]
    [InlineData("fr-FR", ExecutionEvent.ActivitySuspended, "signal 'form-withdrawn' [form-7]", "le retrait du formulaire")]
    [InlineData("fr-FR", ExecutionEvent.ActivityCompleted, "Done (skipped: coach parti)", "étape passée\u00a0: coach parti")]
    [InlineData("fr-FR", ExecutionEvent.WorkflowStarted, "boost-innovation-company v3", "parcours boost-innovation-company, version 3")]
    [InlineData("fr-FR", ExecutionEvent.ActivityFaulted, "Accepted automatically.", "Acceptée automatiquement.")]
    [InlineData("fr-FR", ExecutionEvent.WorkflowCancelled, "Entreprise partie", "Entreprise partie")]
    [InlineData("fr-FR", ExecutionEvent.ActivityStarted, null, "")]
    public void Detail_LoggedStep_IsSaidInTheReadersWords(string culture, ExecutionEvent logged, string? detail, string expected)
    {
        var human = new HumanText(CultureInfo.GetCultureInfo(culture), new FakeTimeProvider(new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.Zero)), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

        var said = PageText.InCulture(culture, () => StepText.Detail(logged, detail, PageText.For<ManagerText>(), human));

        Assert.Equal(expected, said);
    }
}
