using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.FormCollection;

/// <summary>A form asked of a programme's event organisers about an event: the organiser (here a funder) answers, others are refused.</summary>
public sealed class OrganiserFormTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private static JsonObject Texts(string en, string fr) => new() { ["en"] = en, ["fr"] = fr };

    [Fact]
    public async Task AskOrganisers_TheNamedOrganiserAnswersWhateverTheirRole_AnotherUserIs403AndNothingStored()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var organiser = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using var leroy = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);
        await manager.PostJsonAsync($"/api/programmes/{DemoIds.Programme}/forms", new JsonObject
        {
            ["id"] = "organiser-debrief",
            ["name"] = Texts("Event debrief", "Bilan de l'événement"),
            ["questions"] = new JsonArray(new JsonObject { ["id"] = "satisfaction", ["kind"] = "scale", ["label"] = Texts("Satisfaction", "Satisfaction"), ["min"] = 1, ["max"] = 5 }),
        }, HttpStatusCode.Created);
        using var named = await manager.PutAsJsonAsync($"/api/programmes/{DemoIds.Programme}/event-organisers", new { organisers = new[] { "Funder@Cohorts.demo" } });
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Guid recorded;
        await using (var db = await OpenDbAsync())
        {
            var cohorts = await db.Cohorts.AsNoTracking().Where(c => c.ProgrammeId == DemoIds.Programme).Select(c => c.Id).ToListAsync();
            var sessions = await db.Sessions.AsNoTracking().Where(s => cohorts.Contains(s.CohortId)).ToListAsync();
            recorded = sessions.First(s => s.Outcome != null).Id;
        }

        using var badTo = await manager.PostAsJsonAsync($"/api/sessions/{recorded}/forms", new { formId = "organiser-debrief", to = "everyone" });
        await badTo.AssertProblemAsync(HttpStatusCode.BadRequest, "to");
        var asked = await manager.PostJsonAsync($"/api/sessions/{recorded}/forms", new { formId = "organiser-debrief", to = "organisers" }, HttpStatusCode.Created);
        var requestId = Assert.Single(asked.GetProperty("requestIds").EnumerateArray()).GetGuid();

        var mine = await organiser.GetJsonAsync("/api/forms/mine");
        var theirs = await leroy.GetJsonAsync("/api/forms/mine");
        using var refused = await leroy.PostAsJsonAsync($"/api/forms/requests/{requestId}/answers", new { answers = new { satisfaction = 1 } });

        Assert.Contains(mine.EnumerateArray(), r => r.GetProperty("id").GetGuid() == requestId);
        Assert.DoesNotContain(theirs.EnumerateArray(), r => r.GetProperty("id").GetGuid() == requestId);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await using (var db = await OpenDbAsync())
        {
            Assert.False(await db.FormAnswers.AnyAsync(a => a.RequestId == requestId));
            var request = await db.FormRequests.AsNoTracking().SingleAsync(r => r.Id == requestId);
            Assert.Equal((RespondentKind.Organiser, "funder@cohorts.demo", (Guid?)recorded), (request.Respondent, request.RespondentEmail, request.SessionId));
            Assert.Equal(1, await db.OutgoingMessages.CountAsync(m => m.Kind == "coach-form-requested" && m.Recipient == "funder@cohorts.demo"));
        }

        var answered = await organiser.PostJsonAsync($"/api/forms/requests/{requestId}/answers", new { answers = new { satisfaction = 4 } }, HttpStatusCode.OK);

        Assert.False(answered.GetProperty("isEdit").GetBoolean());
        await using (var db = await OpenDbAsync())
        {
            var answer = await db.FormAnswers.AsNoTracking().SingleAsync(a => a.RequestId == requestId);
            Assert.Equal(TestAccounts.Funder, answer.SubmittedBy);
        }

        using var pages = await demo.Factory.CreatePageClientAsync(TestAccounts.Funder);
        var list = await pages.GetStringAsync("/coach/forms");
        Assert.Contains($"/coach/forms/{requestId}", list, StringComparison.Ordinal);
        using var form = await pages.GetAsync($"/coach/forms/{requestId}");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        using var leroyPages = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachLeroy);
        using var leroyForm = await leroyPages.GetAsync($"/coach/forms/{requestId}");
        Assert.Equal(HttpStatusCode.Forbidden, leroyForm.StatusCode);

        using var cleared = await manager.PutAsJsonAsync($"/api/programmes/{DemoIds.Programme}/event-organisers", new { organisers = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
    }

    private Task<CohortsDbContext> OpenDbAsync() =>
        demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
}
