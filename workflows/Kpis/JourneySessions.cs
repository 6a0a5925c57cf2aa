using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Workflows.Activities;

namespace Cohorts.Workflows.Kpis;

/// <summary>
/// How many sessions a cohort's workflows plan, read from their definitions: for each company, the coaching sessions on
/// the path its journey takes; for the cohort, the collective events its own workflow plans. Each occurrence of a
/// recurrence counts, with its follow-up; for a company that joined late, the occurrences before it joined are left
/// out, as <see cref="RecurringSessions"/> skips them. Of branches of which one runs (if, switch, race), the one with
/// the most sessions counts ("if everything goes to plan"); of a sequence's or a parallel's activities, each.
/// </summary>
/// <remarks>
/// The number is not known (<see cref="Of"/> gives null) when a session is in a loop (a repeat, a loop over items), in a
/// recurrence that ends at a date rather than after a number of occurrences, or in a recurrence anchored on another
/// variable than <c>cohortStart</c>; or when the company journey plans a collective event, or the cohort's workflow a
/// coaching session.
/// </remarks>
public sealed class JourneySessions
{
    private const string CohortStart = "cohortStart";

    private readonly WorkflowDefinition _journey;

    private JourneySessions(WorkflowDefinition journey, int cohortEvents)
    {
        _journey = journey;
        CohortEvents = cohortEvents;
    }

    /// <summary>Gets how many collective events the cohort's own workflow plans (0 without one).</summary>
    public int CohortEvents { get; }

    /// <summary>Reads the plans of a company journey and of the cohort's workflow, if the programme has one; null when not known.</summary>
    public static JourneySessions? Of(WorkflowDefinition journey, WorkflowDefinition? cohortWorkflow)
    {
        ArgumentNullException.ThrowIfNull(journey);
        if (new Counter(journey, Planner.Company, cohortStart: null, joinedAt: null).Count(journey.Root) is null)
        {
            return null;
        }

        var events = 0;
        if (cohortWorkflow is not null)
        {
            if (new Counter(cohortWorkflow, Planner.Cohort, cohortStart: null, joinedAt: null).Count(cohortWorkflow.Root) is not { } count)
            {
                return null;
            }

            events = count;
        }

        return new JourneySessions(journey, events);
    }

    /// <summary>
    /// How many coaching sessions the journey plans for a company: every one, or for a company that joined at
    /// <paramref name="joinedAt"/>, those of the occurrences falling from then on.
    /// </summary>
    /// <param name="cohortStart">The instant the journey's <c>cohortStart</c> holds (its recurrences' anchor).</param>
    /// <param name="joinedAt">When the company joined the running cohort, if it joined late.</param>
    public int ForCompany(DateTimeOffset cohortStart, DateTimeOffset? joinedAt) =>
        new Counter(_journey, Planner.Company, cohortStart, joinedAt).Count(_journey.Root) ?? 0;

    /// <summary>Whose workflow is counted: a company's journey (coaching sessions) or the cohort's (events).</summary>
    private enum Planner
    {
        Company,
        Cohort,
    }

    /// <summary>Counts the sessions one workflow plans; null for a number not known.</summary>
    private sealed class Counter(WorkflowDefinition definition, Planner planner, DateTimeOffset? cohortStart, DateTimeOffset? joinedAt)
    {
        public int? Count(Activity activity) => activity switch
        {
            CoachingSession => planner == Planner.Company ? 1 : null,
            CollectiveEvent => planner == Planner.Cohort ? 1 : null,
            RecurringSessions recurrence => Occurrences(recurrence),
            Repeat or ForEach => PlanCount.Fold(activity.GetChildren(), Count, PlanCount.Add) is 0 ? 0 : null,
            If or Switch or Race => PlanCount.Fold(activity.GetChildren(), Count, Math.Max),
            _ => PlanCount.Fold(activity.GetChildren(), Count, PlanCount.Add),
        };

        /// <summary>A recurrence's sessions: each occurrence's body and follow-up, for the occurrences the company takes part in.</summary>
        private int? Occurrences(RecurringSessions recurrence)
        {
            if (PlanCount.Fold(recurrence.GetChildren(), Count, PlanCount.Add) is not { } each)
            {
                return null;
            }

            var total = recurrence.Count ?? recurrence.Occurrences?.Count;
            if (each == 0 || total is not { } count)
            {
                return each == 0 ? 0 : null; // no sessions in it; or one that ends at a date
            }

            if (recurrence.Until is not null || recurrence.From != CohortStart)
            {
                return null;
            }

            return each * (count - Skipped(recurrence));
        }

        /// <summary>The occurrences falling before the company joined (none for a company there from the start).</summary>
        private int Skipped(RecurringSessions recurrence)
        {
            if (joinedAt is not { } joined || cohortStart is not { } start)
            {
                return 0;
            }

            return recurrence.FirstOccurrenceFrom(recurrence.AnchorAt(start, definition.TimeZone), joined, definition.TimeZone, definition.Calendar);
        }
    }
}
