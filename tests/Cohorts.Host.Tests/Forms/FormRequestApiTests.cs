using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Not "Cohorts.Host.Tests.Forms": that namespace would hide the Support.Forms helper the other tests call as Forms.
namespace Cohorts.Host.Tests.FormCollection;

/// <summary>Form requests through the API on a demo host of their own: asking, listing, answering, withdrawing, refusals by path.</summary>
public sealed class FormRequestApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private const string Programme = DemoIds.Programme;

    private static JsonObject Texts(string en, string fr) => new() { ["en"] = en, ["fr"] = fr };

    private static JsonObject CheckIn(string id) => new()
    {
        ["id"] = id,
        ["name"] = Texts("Check-in", "Point d'étape"),
        ["questions"] = new JsonArray(
            new JsonObject { ["id"] = "satisfaction", ["kind"] = "scale", ["label"] = Texts("Satisfaction", "Satisfaction"), ["min"] = 1, ["max"] = 5 },
            new JsonObject { ["id"] = "comment", ["kind"] = "longText", ["label"] = Texts("Comment", "Commentaire"), ["required"] = false }),
    };

    [Fact]
    public async Task AskCohort_ThenListAndAnswerOnBehalfAndReadTheAnswers()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var ids = await DemoIds.ReadAsync(demo.Factory);
        await manager.PostJsonAsync($"/api/programmes/{Programme}/forms", CheckIn("cohort-check-in"), HttpStatusCode.Created);

        var asked = await manager.PostJsonAsync($"/api/cohorts/{ids.Batisseurs}/forms/cohort-check-in/requests", new { }, HttpStatusCode.Created);

        var requestIds = asked.GetProperty("requestIds").EnumerateArray().Select(e => e.GetGuid()).ToList();
        Assert.NotEmpty(requestIds);
        await using (var db = await OpenDbAsync())
        {
            var requests = await db.FormRequests.AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToListAsync();
            Assert.All(requests, r => Assert.Equal((RespondentKind.Company, 1, (Guid?)ids.Batisseurs), (r.Respondent, r.FormVersion, r.CohortId)));
            var keys = requestIds.Select(id => $"{FormRequest.KeyOf(id)}/form-requested").ToList();
            Assert.Equal(requestIds.Count, await db.OutgoingMessages.CountAsync(m => keys.Contains(m.Key) && m.Kind == "form-requested"));
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "form.requested" && e.SubjectId == "cohort-check-in"));
        }

        var listed = await manager.GetJsonAsync($"/api/cohorts/{ids.Batisseurs}/forms/requests");
        var first = listed.EnumerateArray().First(r => r.GetProperty("id").GetGuid() == requestIds[0]);
        Assert.Equal(("Open", "Point d'étape"), (first.GetProperty("status").GetString(), first.GetProperty("formName").GetProperty("fr").GetString()));

        await manager.PostJsonAsync($"/api/forms/requests/{requestIds[0]}/answers", new { answers = new { satisfaction = 4 } }, HttpStatusCode.OK);

        var answers = await manager.GetJsonAsync($"/api/programmes/{Programme}/forms/cohort-check-in/answers");
        var answer = Assert.Single(answers.GetProperty("items").EnumerateArray());
        Assert.Equal((4, 1), (answer.GetProperty("answers").GetProperty("satisfaction").GetInt32(), answer.GetProperty("version").GetInt32()));
        Assert.StartsWith("manager@cohorts.demo for ", answer.GetProperty("submittedBy").GetString(), StringComparison.Ordinal);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using var funderAnswers = await funder.GetAsync($"/api/programmes/{Programme}/forms/cohort-check-in/answers");
        Assert.Equal(HttpStatusCode.OK, funderAnswers.StatusCode);
    }

    [Fact]
    public async Task AskCohort_Twice_AsksOnlyThoseWhoHaveNoOpenRequestAndRefusesWhenNobodyIsLeft()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var ids = await DemoIds.ReadAsync(demo.Factory);
        await manager.PostJsonAsync($"/api/programmes/{Programme}/forms", CheckIn("asked-twice"), HttpStatusCode.Created);
        var first = await manager.PostJsonAsync($"/api/cohorts/{ids.Batisseurs}/forms/asked-twice/requests", new { }, HttpStatusCode.Created);
        var firstIds = first.GetProperty("requestIds").EnumerateArray().Select(e => e.GetGuid()).ToList();
        Assert.Equal(0, first.GetProperty("alreadyOpen").GetArrayLength());
        var mails = await CountMailsAsync("form-requested");

        // Asked again while every request is open: refused, and nobody is written to twice.
        using (var again = await manager.PostAsJsonAsync($"/api/cohorts/{ids.Batisseurs}/forms/asked-twice/requests", new { }))
        {
            await again.AssertProblemAsync(HttpStatusCode.Conflict, "formId");
        }

        Assert.Equal(mails, await CountMailsAsync("form-requested"));

        // One answered: asking again asks that company alone, and says which requests were left open.
        await manager.PostJsonAsync($"/api/forms/requests/{firstIds[0]}/answers", new { answers = new { satisfaction = 3 } }, HttpStatusCode.OK);
        var third = await manager.PostJsonAsync($"/api/cohorts/{ids.Batisseurs}/forms/asked-twice/requests", new { }, HttpStatusCode.Created);
        var asked = Assert.Single(third.GetProperty("requestIds").EnumerateArray()).GetGuid();
        Assert.Equal(firstIds.Skip(1).Order(), third.GetProperty("alreadyOpen").EnumerateArray().Select(e => e.GetGuid()).Order());
        Assert.Equal(mails + 1, await CountMailsAsync("form-requested"));
        await using var db = await OpenDbAsync();
        var companies = await db.FormRequests.AsNoTracking().Where(r => r.Id == asked || r.Id == firstIds[0]).Select(r => r.CompanyId).ToListAsync();
        Assert.Single(companies.Distinct());
    }

    [Fact]
    public async Task BadInputs_UnknownFormPastDueWrongTypesSomeoneElses_ProblemsWithPathsAndNothingChanged()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var ids = await DemoIds.ReadAsync(demo.Factory);
        await manager.PostJsonAsync($"/api/programmes/{Programme}/forms", CheckIn("guarded-check-in"), HttpStatusCode.Created);
        var before = await CountRequestsAsync();

        using var unknown = await manager.PostAsJsonAsync($"/api/cohorts/{ids.Batisseurs}/forms/no-such-form/requests", new { });
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "formId");
        using var past = await manager.PostAsJsonAsync($"/api/cohorts/{ids.Batisseurs}/forms/guarded-check-in/requests", new { due = DemoHostFixture.Now.AddDays(-1) });
        await past.AssertProblemAsync(HttpStatusCode.BadRequest, "due");
        using var noCohort = await manager.PostAsJsonAsync($"/api/cohorts/{Guid.NewGuid()}/forms/guarded-check-in/requests", new { });
        Assert.Equal(HttpStatusCode.NotFound, noCohort.StatusCode);
        Assert.Equal(before, await CountRequestsAsync());

        var asked = await manager.PostJsonAsync($"/api/cohorts/{ids.Batisseurs}/forms/guarded-check-in/requests", new { }, HttpStatusCode.Created);
        var requestId = asked.GetProperty("requestIds")[0].GetGuid();
        using var wrong = await manager.PostAsJsonAsync($"/api/forms/requests/{requestId}/answers", new { answers = new { satisfaction = "very", comment = 3 } });
        var problem = await wrong.AssertProblemAsync(HttpStatusCode.BadRequest, "answers.satisfaction");
        Assert.True(problem.GetProperty("errors").TryGetProperty("answers.comment", out _));
        using var shapeless = await manager.PostAsync($"/api/forms/requests/{requestId}/answers", new StringContent("{\"answers\": ", System.Text.Encoding.UTF8, "application/json"));
        await shapeless.AssertProblemAsync(HttpStatusCode.BadRequest, "answers");
        using var broken = await manager.PostAsync($"/api/forms/requests/{requestId}/answers", new StringContent("{\"answers\": {\"satisfaction\": 4, \"comment\": tru}}", System.Text.Encoding.UTF8, "application/json"));
        await broken.AssertProblemAsync(HttpStatusCode.BadRequest, "answers.comment");
        using var notTheirs = await coach.PostAsJsonAsync($"/api/forms/requests/{requestId}/answers", new { answers = new { satisfaction = 5 } });
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        using var coachCancel = await coach.PostAsync($"/api/forms/requests/{requestId}/cancel", null);
        Assert.Equal(HttpStatusCode.Forbidden, coachCancel.StatusCode);
        using var missing = await manager.PostAsJsonAsync($"/api/forms/requests/{Guid.NewGuid()}/answers", new { answers = new { satisfaction = 5 } });
        await missing.AssertProblemAsync(HttpStatusCode.NotFound, "requestId");
        await using (var db = await OpenDbAsync())
        {
            Assert.False(await db.FormAnswers.AnyAsync(a => a.RequestId == requestId));
        }

        using var cancel = await manager.PostAsync($"/api/forms/requests/{requestId}/cancel", null);
        Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        using var again = await manager.PostAsync($"/api/forms/requests/{requestId}/cancel", null);
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "requestId");
        using var late = await manager.PostAsJsonAsync($"/api/forms/requests/{requestId}/answers", new { answers = new { satisfaction = 5 } });
        await late.AssertProblemAsync(HttpStatusCode.Conflict, "requestId");
        await using var after = await OpenDbAsync();
        Assert.Equal(1, await after.AuditEntries.CountAsync(e => e.Action == "form.request-withdrawn" && e.SubjectId == requestId.ToString()));
    }

    [Fact]
    public async Task CoachForms_TheCoachAnswersTheirOwnAndAnotherCoachIsRefused()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        await manager.PostJsonAsync($"/api/programmes/{Programme}/forms", CheckIn("coach-check-in"), HttpStatusCode.Created);
        var requestId = await AskCoachAsync(TestAccounts.CoachMartin, "coach-check-in");
        using var martin = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        using var leroy = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);

        var mine = await martin.GetJsonAsync("/api/coach/forms");
        var theirs = await leroy.GetJsonAsync("/api/coach/forms");
        using var refused = await leroy.PostAsJsonAsync($"/api/forms/requests/{requestId}/answers", new { answers = new { satisfaction = 2 } });
        var answered = await martin.PostJsonAsync($"/api/forms/requests/{requestId}/answers", new { answers = new { satisfaction = 5, comment = "Good month." } }, HttpStatusCode.OK);

        Assert.Contains(mine.EnumerateArray(), r => r.GetProperty("id").GetGuid() == requestId);
        Assert.DoesNotContain(theirs.EnumerateArray(), r => r.GetProperty("id").GetGuid() == requestId);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(answered.GetProperty("isEdit").GetBoolean());
        await using var db = await OpenDbAsync();
        var answer = await db.FormAnswers.AsNoTracking().SingleAsync(a => a.RequestId == requestId);
        Assert.Equal(TestAccounts.CoachMartin, answer.SubmittedBy);
    }

    [Fact]
    public async Task AskAttendees_AfterTheOutcome_OneRequestPerCompanyPresent_AndRefusedBeforeOrForOthers()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        await manager.PostJsonAsync($"/api/programmes/{Programme}/forms", CheckIn("event-feedback"), HttpStatusCode.Created);
        Guid recorded;
        Guid pending;
        List<Guid> present;
        await using (var db = await OpenDbAsync())
        {
            var programmeCohorts = await db.Cohorts.AsNoTracking().Where(c => c.ProgrammeId == Programme).Select(c => c.Id).ToListAsync();
            var sessions = await db.Sessions.AsNoTracking().Where(s => programmeCohorts.Contains(s.CohortId)).ToListAsync();
            var held = sessions.First(s => s.Outcome != null && s.Outcome.Attendance.Any(a => a.Present));
            recorded = held.Id;
            present = [.. held.Outcome!.Attendance.Where(a => a.Present).Select(a => a.CompanyId)];
            pending = sessions.First(s => s.Outcome == null && s.CancelledAt == null).Id;
        }

        using var forbidden = await funder.PostAsJsonAsync($"/api/sessions/{recorded}/forms", new { formId = "event-feedback" });
        using var early = await manager.PostAsJsonAsync($"/api/sessions/{pending}/forms", new { formId = "event-feedback" });
        using var noForm = await manager.PostAsJsonAsync($"/api/sessions/{recorded}/forms", new { formId = "nothing-here" });
        var asked = await manager.PostJsonAsync($"/api/sessions/{recorded}/forms", new { formId = "event-feedback" }, HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        await early.AssertProblemAsync(HttpStatusCode.Conflict, "sessionId");
        await noForm.AssertProblemAsync(HttpStatusCode.NotFound, "formId");
        await using var after = await OpenDbAsync();
        var requests = await after.FormRequests.AsNoTracking().Where(r => r.FormId == "event-feedback").ToListAsync();
        Assert.Equal(present.Order(), requests.Select(r => r.CompanyId!.Value).Order());
        Assert.All(requests, r => Assert.Equal((RespondentKind.Attendee, (Guid?)recorded), (r.Respondent, r.SessionId)));
        Assert.Equal(present.Count, asked.GetProperty("requestIds").GetArrayLength());
    }

    private async Task<Guid> AskCoachAsync(string coachEmail, string formId)
    {
        await using var db = await OpenDbAsync();
        var coach = await db.Coaches.AsNoTracking().FirstAsync(c => c.Email == coachEmail);
        var now = demo.Clock.GetUtcNow();
        var request = new FormRequest(Guid.CreateVersion7(now), Programme, formId, 1, RespondentKind.Coach, now)
        {
            CohortId = coach.CohortId,
            CoachId = coach.Id,
            RespondentEmail = coach.Email,
            RespondentName = coach.Name,
            DueAt = now.AddDays(14),
        };
        db.FormRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    private async Task<int> CountRequestsAsync()
    {
        await using var db = await OpenDbAsync();
        return await db.FormRequests.CountAsync();
    }

    private Task<CohortsDbContext> OpenDbAsync() =>
        demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();

    private async Task<int> CountMailsAsync(string kind)
    {
        await using var db = await OpenDbAsync();
        return await db.OutgoingMessages.CountAsync(m => m.Kind == kind);
    }
}
