using Cohorts.Workflows.Evaluations;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Services;

namespace Cohorts.Workflows.Tests.Evaluations;

/// <summary>A round's plan at its limits and one past them, every problem by its path; a rubric's weighted score and a round's spread.</summary>
public sealed class RoundPlanRulesTests
{
    private static CriterionInput Criterion(int i, decimal weight = 1, int? min = null, int? max = null) =>
        new($"c{i}", new LabelInput($"Criterion {i}", $"Critère {i}"), weight, min, max);

    private static RoundPlan Plan(int criteria = 2, int evaluators = 1, string name = "Dossier") => new(
        name,
        [.. Enumerable.Range(0, criteria).Select(i => (CriterionInput?)Criterion(i))],
        [.. Enumerable.Range(0, evaluators).Select(i => (EvaluatorInput?)new EvaluatorInput($"E{i}@Example.fr"))]);

    [Fact]
    public void Check_AtEachLimit_TakesThePlanWithAddressesLowerCase()
    {
        var (name, rubric, evaluators) = RoundPlanRules.Check(Plan(ScreeningLimits.MaxCriteria, ScreeningLimits.MaxEvaluators, new string('n', ScreeningLimits.MaxRoundNameLength)));

        Assert.Equal((ScreeningLimits.MaxRoundNameLength, ScreeningLimits.MaxCriteria, ScreeningLimits.MaxEvaluators), (name.Length, rubric.Criteria.Count, evaluators.Count));
        Assert.Equal("e0@example.fr", evaluators[0].Email);
        Assert.Equal((1, 5), (rubric.Criteria[0].Min, rubric.Criteria[0].Max));
    }

    [Fact]
    public void Check_OnePastEachLimit_NamesEachPath()
    {
        var refused = Assert.Throws<DomainRuleException>(() => RoundPlanRules.Check(Plan(ScreeningLimits.MaxCriteria + 1, ScreeningLimits.MaxEvaluators + 1, new string('n', ScreeningLimits.MaxRoundNameLength + 1))));

        Assert.Equal(["criteria", "evaluators", "name"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_BadCriteriaAndEvaluators_EveryProblemByItsPath()
    {
        var plan = new RoundPlan(
            " ",
            [
                new CriterionInput("Not A Slug", new LabelInput("Vision", null), 0),
                new CriterionInput("c1", null, ScreeningLimits.MaxWeight + 1, 3, 3),
                Criterion(2, min: 0, max: ScreeningLimits.ScaleBound + 1),
                Criterion(2),
                null,
            ],
            [new EvaluatorInput("claire@example.fr"), new EvaluatorInput("CLAIRE@example.fr"), new EvaluatorInput("nobody")]);

        var refused = Assert.Throws<DomainRuleException>(() => RoundPlanRules.Check(plan));

        Assert.Equal(
            ["criteria[0].id", "criteria[0].label.fr", "criteria[0].weight", "criteria[1].label", "criteria[1].max", "criteria[1].weight", "criteria[2].max", "criteria[3].id", "criteria[4]", "evaluators[1].email", "evaluators[2].email", "name"],
            refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Score_WeightedSharesOfEachScale_NullUntilEveryCriterionIsScored()
    {
        var rubric = new Rubric([new RubricCriterion("innovation", new FormLabel("Innovation", "Innovation"), 2, 1, 5), new RubricCriterion("team", new FormLabel("Team", "Équipe"), 1, 0, 10)]);

        // innovation 4 on 1–5 is 75 %, team 5 on 0–10 is 50 %: (2 × 75 + 50) / 3.
        Assert.Equal(66.67m, rubric.Score(new Dictionary<string, int> { ["innovation"] = 4, ["team"] = 5 }));
        Assert.Equal(100m, rubric.Score(new Dictionary<string, int> { ["innovation"] = 5, ["team"] = 10 }));
        Assert.Null(rubric.Score(new Dictionary<string, int> { ["innovation"] = 5 }));
    }

    [Fact]
    public void Statistics_OfScores_MeanLowestHighestAndPopulationDeviation()
    {
        Assert.Equal((60m, 40m, 80m, 16.33m), RoundStatistics.Of([40m, 60m, 80m]));
        Assert.Equal((50m, 50m, 50m, 0m), RoundStatistics.Of([50m]));
        Assert.Equal((null, null, null, null), RoundStatistics.Of([]));
    }
}
