using System.Text.Json.Nodes;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Metrics;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using static Cohorts.Workflows.Tests.Metrics.MetricSamples;

namespace Cohorts.Workflows.Tests.Metrics;

/// <summary>A question's <c>"metric"</c>, read strictly by <see cref="FormReader"/> (every problem by its path) and written by <see cref="FormJson"/>.</summary>
public sealed class MetricDeclarationTests
{
    [Fact]
    public void Read_ValidMetrics_GivesTheirDeclarationsAndWritesThemBackUnchanged()
    {
        var read = FormReader.Read(MonthlyReport().ToJsonString());

        Assert.True(read.IsValid, string.Join("; ", read.Problems));
        var jobs = read.Definition!.Questions[0].Metric!;
        Assert.Equal(new MetricDeclaration("jobs-created", new FormLabel("Jobs created", "Emplois créés"), MetricAggregation.Sum, 10m, "jobs"), jobs);
        Assert.Equal(MetricAggregation.Latest, read.Definition.Questions[1].Metric!.Aggregation);
        var again = FormReader.Read(FormJson.Write(read.Definition));
        Assert.Equal(FormJson.Write(read.Definition), FormJson.Write(again.Definition!));
        Assert.Equal(jobs, again.Definition!.Questions[0].Metric);
    }

    [Fact]
    public void Read_BadMetrics_ReportsEachProblemByItsPath()
    {
        var form = MonthlyReport();
        var questions = form["questions"]!.AsArray();
        questions[0]!["metric"]!["aggregation"] = "median";
        questions[0]!["metric"]!["id"] = "Jobs Created";
        questions[0]!["metric"]!["colour"] = "red";
        questions[1]!.AsObject().Remove("currency");
        questions[2]!["metric"]!["unit"] = new string('x', MetricLimits.MaxUnitLength + 1);
        questions.Add(new JsonObject { ["id"] = "name", ["kind"] = "shortText", ["label"] = Texts("Name", "Nom"), ["metric"] = new JsonObject { ["id"] = "names", ["aggregation"] = "sum" } });

        var read = FormReader.Read(form.ToJsonString());

        Assert.False(read.IsValid);
        var paths = read.Problems.Select(p => p.Key).ToHashSet();
        Assert.Contains("questions[0].metric.aggregation", paths);
        Assert.Contains("questions[0].metric.id", paths);
        Assert.Contains("questions[0].metric.colour", paths);
        Assert.Contains("questions[1].currency", paths);
        Assert.Contains("questions[2].metric.unit", paths);
        Assert.Contains("questions[3].metric", paths);
    }

    [Fact]
    public void Read_TwoQuestionsDeclaringOneMetric_NamesTheSecond()
    {
        var form = MonthlyReport();
        form["questions"]![2]!["metric"]!["id"] = "jobs-created";

        var read = FormReader.Read(form.ToJsonString());

        Assert.Equal("questions[2].metric.id", Assert.Single(read.Problems).Key);
    }

    [Fact]
    public async Task PublishAsync_AnotherFormDeclaringTheSameMetric_RefusedByPathAndNothingStored()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var (programmeId, _) = await ProgrammeAsync(harness);
        var forms = harness.Get<FormService>();

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => forms.PublishAsync(programmeId, MonthlyReport("quarterly-report").ToJsonString(), "manager@example.org"));
        var newVersion = MonthlyReport();
        newVersion["questions"]![0]!["metric"]!["baseline"] = 12;
        var republished = await forms.PublishAsync(programmeId, newVersion.ToJsonString(), "manager@example.org");

        Assert.Equal(["questions[0].metric.id", "questions[1].metric.id", "questions[2].metric.id"], refused.Errors.Keys.Order());
        Assert.Equal(2, republished.Version);
        Assert.Equal(["monthly-report"], (await forms.ListAsync(programmeId)).Select(f => f.FormId));
    }
}
