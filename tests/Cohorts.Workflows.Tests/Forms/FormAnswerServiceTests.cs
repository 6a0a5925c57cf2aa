using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Cohorts.Workflows.Tests.Forms.SampleForms;

namespace Cohorts.Workflows.Tests.Forms;

/// <summary>Answers taken once per request, edited until the deadline, through <see cref="FormAnswerService"/>, on a SQLite file.</summary>
public sealed class FormAnswerServiceTests
{
    [Fact]
    public async Task SubmitAsync_FirstAnswer_StoresItWithItsVersionAuditAndSignalInOneGo()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var request = await RequestAsync(harness, dueIn: TimeSpan.FromDays(7));

        var submitted = await harness.Get<FormAnswerService>().SubmitAsync(request.Id, ValidAnswers(), "contact@atelier.fr");

        Assert.False(submitted.IsEdit);
        await using var db = await harness.OpenDbAsync();
        var answer = await db.FormAnswers.SingleAsync();
        Assert.Equal((request.Id, "application", 1, "contact@atelier.fr"), (answer.RequestId, answer.FormId, answer.FormVersion, answer.SubmittedBy));
        Assert.Equal("Atelier Dupont", JsonNode.Parse(answer.Json)!["company-name"]!.GetValue<string>());
        Assert.Equal(FormRequestStatus.Answered, (await db.FormRequests.SingleAsync()).Status);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.FormAnswered && e.SubjectId == request.Id.ToString()));
    }

    [Fact]
    public async Task SubmitAsync_SecondSubmissionBeforeTheDeadline_EditsTheAnswerAfterItIsRefused()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var request = await RequestAsync(harness, dueIn: TimeSpan.FromDays(7));
        var answers = harness.Get<FormAnswerService>();
        await answers.SubmitAsync(request.Id, ValidAnswers(), "contact@atelier.fr");
        var changed = ValidAnswers();
        changed["company-name"] = "Atelier Dupont & fils";

        var edit = await answers.SubmitAsync(request.Id, changed, "contact@atelier.fr");
        harness.Clock.Advance(TimeSpan.FromDays(8));
        var late = await Assert.ThrowsAsync<DomainRuleException>(() => answers.SubmitAsync(request.Id, ValidAnswers(), "contact@atelier.fr"));

        Assert.True(edit.IsEdit);
        Assert.True(late.IsConflict);
        await using var db = await harness.OpenDbAsync();
        var answer = await db.FormAnswers.SingleAsync();
        Assert.Equal(("Atelier Dupont & fils", 1), (JsonNode.Parse(answer.Json)!["company-name"]!.GetValue<string>(), answer.Edits));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.FormAnswerEdited));
    }

    [Fact]
    public async Task SubmitAsync_WrongTypesOrAWithdrawnRequest_RefusedWithPathsAndNothingStored()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var request = await RequestAsync(harness, dueIn: null);
        var answers = ValidAnswers();
        answers["employees"] = "many";

        var wrong = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Get<FormAnswerService>().SubmitAsync(request.Id, answers, "contact@atelier.fr"));
        var missing = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Get<FormAnswerService>().SubmitAsync(Guid.NewGuid(), ValidAnswers(), "x@y.fr"));
        await harness.Get<CohortsStore>().WriteAsync(async db => (await db.FormRequests.SingleAsync()).Cancel(), CancellationToken.None);
        var withdrawn = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Get<FormAnswerService>().SubmitAsync(request.Id, ValidAnswers(), "contact@atelier.fr"));

        Assert.Contains("answers.employees", wrong.Errors.Keys);
        Assert.True(missing.IsNotFound);
        Assert.True(withdrawn.IsConflict);
        await using var db = await harness.OpenDbAsync();
        Assert.Empty(await db.FormAnswers.ToListAsync());
        Assert.Empty(await db.PendingSignals.ToListAsync());
    }

    private static async Task<FormRequest> RequestAsync(WorkflowsHarness harness, TimeSpan? dueIn)
    {
        var programme = await harness.Get<ProgrammeAuthoring>().CreateAsync(new NewProgramme("Atelier", DurationMonths: 3));
        await harness.Get<FormService>().PublishAsync(programme.Id, EveryKind().ToJsonString(), null);
        var now = harness.Clock.GetUtcNow();
        var request = new FormRequest(Guid.CreateVersion7(now), programme.Id, "application", 1, RespondentKind.Company, now)
        {
            DueAt = dueIn is { } due ? now + due : null,
        };
        await harness.Get<CohortsStore>().WriteAsync(db =>
        {
            db.FormRequests.Add(request);
            return Task.CompletedTask;
        }, CancellationToken.None);
        return request;
    }
}
