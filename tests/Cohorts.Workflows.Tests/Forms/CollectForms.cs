using System.Text.Json.Nodes;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Tests.Support;
using static Cohorts.Workflows.Tests.Forms.SampleForms;

namespace Cohorts.Workflows.Tests.Forms;

/// <summary>A small check-in form (a 1–5 satisfaction scale, an optional comment) for the CollectForm tests.</summary>
internal static class CollectForms
{
    public const string CheckIn = "check-in";

    public static JsonObject CheckInForm()
    {
        var satisfaction = Question("satisfaction", "scale");
        satisfaction["min"] = 1;
        satisfaction["max"] = 5;
        return new JsonObject
        {
            ["id"] = CheckIn,
            ["name"] = Texts("Check-in", "Point d'étape"),
            ["questions"] = new JsonArray(satisfaction, Question("comment", "longText", required: false)),
        };
    }

    public static JsonObject Answers(int satisfaction, string? comment = null)
    {
        var answers = new JsonObject { ["satisfaction"] = satisfaction };
        if (comment is not null)
        {
            answers["comment"] = comment;
        }

        return answers;
    }

    /// <summary>Publishes the check-in form in the test programme (added first by <see cref="Seed.AddProgrammeAsync"/>).</summary>
    public static Task PublishAsync(WorkflowsHarness harness) =>
        harness.Get<FormService>().PublishAsync(Seed.ProgrammeId, CheckInForm().ToJsonString(), "manager@example.org");
}
