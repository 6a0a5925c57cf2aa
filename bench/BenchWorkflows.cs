using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Time;

namespace Cohorts.Bench;

/// <summary>The small, realistic definitions the benchmarks run, and the input and payload they are given.</summary>
internal static class BenchWorkflows
{
    /// <summary>The signal every enrolment instance waits for, keyed by the instance's correlation id.</summary>
    public const string ApprovalSignal = "approved";

    /// <summary>The enrolment definition's id.</summary>
    public const string EnrolmentId = "bench-enrolment";

    /// <summary>The cool-off definition's id.</summary>
    public const string CoolOffId = "bench-cool-off";

    /// <summary>The follow-ups definition's id.</summary>
    public const string FollowUpsId = "bench-follow-ups";

    /// <summary>
    /// Enrolment: an expression builds a variable from the input, the instance waits for approval (correlation key =
    /// its correlation id), then an expression records who approved. Start runs to the wait; the signal completes it.
    /// </summary>
    public static WorkflowBuilder Enrolment() =>
        WorkflowBuilder.Create(EnrolmentId, "Enrolment")
            .InTimeZone("Europe/Paris")
            .WithVariable("approvedBy", null)
            .Then(new SetVariable
            {
                Id = "enrol",
                Variable = "enrolment",
                Expression = "({ company: correlationId, cohort: input.cohort, seats: input.seats, coach: input.contacts[0].name })",
            })
            .Then(new WaitForSignal { Id = "approval", Signal = ApprovalSignal, ResultVariable = "approval" })
            .Then(new SetVariable { Id = "record", Variable = "approvedBy", Expression = "approval.by" });

    /// <summary>Cool-off: a one-day delay, then a literal variable.</summary>
    public static WorkflowBuilder CoolOff() =>
        WorkflowBuilder.Create(CoolOffId, "Cool-off")
            .InTimeZone("Europe/Paris")
            .Then(new Delay { Id = "cool-off", Duration = IsoDuration.FromDays(1) })
            .Then(new SetVariable { Id = "done", Variable = "done", Value = JsonValue.Create(true) });

    /// <summary>
    /// Follow-ups: a one-day delay (a session), then a week-long one (the next session), then a literal variable. Two
    /// days after its start, the first is overdue; its fire creates the second, due later.
    /// </summary>
    public static WorkflowBuilder FollowUps() =>
        WorkflowBuilder.Create(FollowUpsId, "Follow-ups")
            .InTimeZone("Europe/Paris")
            .Then(new Delay { Id = "session", Duration = IsoDuration.FromDays(1) })
            .Then(new Delay { Id = "next-session", Duration = IsoDuration.FromDays(7) })
            .Then(new SetVariable { Id = "done", Variable = "done", Value = JsonValue.Create(true) });

    /// <summary>A company's intake form, as a host would pass it (about half a kilobyte of JSON).</summary>
    public static JsonNode Input() => JsonNode.Parse("""
        {
          "cohort": "2025-spring-accelerator",
          "seats": 2,
          "company": { "name": "Atelier Numérique SARL", "siret": "81234567800021", "sector": "software", "employees": 14, "city": "Lyon" },
          "contacts": [
            { "name": "Ana Martin", "role": "CEO", "email": "ana.martin@example.org" },
            { "name": "Louis Bernard", "role": "CTO", "email": "louis.bernard@example.org" }
          ],
          "goals": ["export", "hiring", "funding"],
          "notes": "Referred by the regional chamber of commerce after the autumn open lab."
        }
        """)!;

    /// <summary>The approval signal's payload.</summary>
    public static JsonNode ApprovalPayload() => JsonNode.Parse("""{ "by": "Claire Dubois", "comment": "Eligible." }""")!;
}
