using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Time;
using Parallel = Cohorts.Engine.Activities.Parallel;

namespace Cohorts.Engine.Tests.Definitions;

/// <summary>Definitions shared by the format tests.</summary>
internal static class SampleDefinitions
{
    /// <summary>A programme that uses every built-in activity type.</summary>
    public static WorkflowDefinition EveryBuiltInActivity(ActivityRegistry registry) =>
        WorkflowBuilder.Create("boost-innovation", "Boost Innovation")
            .WithDescription("Six months of coaching for a cohort of companies — séances & revues.")
            .InTimeZone("Europe/Paris")
            .WithCalendar(new BusinessCalendar(
                BusinessCalendar.Weekend,
                FrenchPublicHolidays.Instance,
                [
                    new AnnualClosure(new MonthDay(8, 1), new MonthDay(8, 31), "Summer closure"),
                    new AnnualClosure(new MonthDay(12, 24), new MonthDay(1, 1), "Christmas break"),
                    new DateRangeClosure(new DateOnly(2025, 4, 14), new DateOnly(2025, 4, 18), "Move to new premises"),
                ]))
            .WithVariable("cohortStart", "2025-01-06")
            .WithVariable("companies", new JsonArray("acme", "globex"))
            .WithVariable("sessions", 0)
            .Then(new SetVariable { Variable = "sessions", Value = 0 })
            .Then(new WaitUntil { Id = "kickoff", At = "cohortStart", Offset = new IsoDuration(days: 1, time: TimeSpan.FromHours(9)), SkipCalendar = true })
            .Then(new Parallel
            {
                DisplayName = "Kick-off",
                Branches =
                [
                    new WaitForSignal { Signal = "kickoff-done", CorrelationKey = "cohort-${cohortId}", ResultVariable = "kickoff" },
                    new Delay { Duration = IsoDuration.FromDays(7) },
                ],
            })
            .Then(new ForEach
            {
                Items = "companies",
                Variable = "company",
                IndexVariable = "i",
                Body = new SetVariable { Variable = "current", Expression = "company.toUpperCase()" },
            })
            .Then(new Repeat
            {
                Id = "monthly-session",
                Count = 6,
                Every = IsoDuration.FromMonths(1),
                From = "cohortStart",
                Offset = IsoDuration.FromTime(TimeSpan.FromHours(10)),
                IndexVariable = "session",
                Body = new Race
                {
                    Branches =
                    [
                        new WaitForSignal { Signal = "session-recorded", CorrelationKey = "session-${session}" },
                        new Delay { Duration = IsoDuration.FromTime(TimeSpan.FromHours(48)) },
                    ],
                },
            })
            .Then(new Switch
            {
                Expression = "sessions >= 6 ? 'complete' : 'partial'",
                Cases =
                [
                    new SwitchCase { When = "complete", Activity = new SetVariable { Variable = "status", Value = "done" } },
                    new SwitchCase { When = 3, Activity = new SetVariable { Variable = "status", Value = new JsonObject { ["sessions"] = 3 } } },
                ],
                Default = new SetVariable { Variable = "status", Expression = "'partial'" },
            })
            .Then(new If
            {
                DisplayName = "Enough sessions?",
                Condition = "sessions >= 4 && status !== 'partial'",
                Then = new Finish { Output = "({ sessions: sessions })" },
                Else = new Fail { Message = "Only ${sessions} sessions were held" },
            })
            .Build(registry);
}
