using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Demo;

/// <summary>
/// One demo cohort: the template it is created from, its plan (dates relative to the present), and how its past is
/// played (<see cref="DemoHistory"/>): how an event's outcome is recorded, what is answered or done after each pass.
/// One subclass per programme (<see cref="DemoScripts"/>).
/// </summary>
internal abstract class DemoScript
{
    /// <summary>Gets the built-in template the demo programme is created from.</summary>
    public abstract string TemplateId { get; }

    /// <summary>The cohort to create and launch, its dates from <paramref name="today"/> (the present in the pages' zone).</summary>
    public abstract CohortPlan Plan(string programmeId, DateOnly today, DemoOptions options);

    /// <summary>
    /// Completes the plan with what exists once the programme is installed (its organisations, through
    /// <paramref name="services"/>, the demo's private services); the plan as it is by default.
    /// </summary>
    public virtual Task<CohortPlan> CompletePlanAsync(CohortPlan plan, IServiceProvider services, CancellationToken cancellationToken) => Task.FromResult(plan);

    /// <summary>Records the outcome of a session or event that is due (most companies present; the default).</summary>
    public virtual Task RecordAsync(Session session, DemoPlay play, CancellationToken cancellationToken) =>
        play.RecordDefaultAsync(session, cancellationToken);

    /// <summary>Does what the programme's people do between timers (answer forms, …); returns how many things it did (0: nothing left).</summary>
    public virtual Task<int> ActAsync(DemoPlay play, CancellationToken cancellationToken) => Task.FromResult(0);

    /// <summary>Does what is left once the past is played (documents, organisations, …).</summary>
    public virtual Task FinishAsync(DemoPlay play, CancellationToken cancellationToken) => Task.CompletedTask;
}
