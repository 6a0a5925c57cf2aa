using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>A programme's forms through the API on a demo host of their own: versions, refusals with paths, answer checks, access.</summary>
public sealed class FormApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private static JsonObject Texts(string en, string fr) => new() { ["en"] = en, ["fr"] = fr };

    private static JsonObject Form(string id = "application") => new()
    {
        ["id"] = id,
        ["name"] = Texts("Application", "Candidature"),
        ["questions"] = new JsonArray(
            new JsonObject { ["id"] = "company-name", ["kind"] = "shortText", ["label"] = Texts("Company name", "Nom de l'entreprise") },
            new JsonObject
            {
                ["id"] = "sector",
                ["kind"] = "singleChoice",
                ["label"] = Texts("Sector", "Secteur"),
                ["options"] = new JsonArray(
                    new JsonObject { ["id"] = "tech", ["label"] = Texts("Tech", "Tech") },
                    new JsonObject { ["id"] = "craft", ["label"] = Texts("Craft", "Artisanat") }),
            },
            new JsonObject { ["id"] = "revenue", ["kind"] = "amount", ["label"] = Texts("Revenue", "Chiffre d'affaires"), ["currency"] = "EUR" }),
    };

    private static string Forms(string programme) => $"/api/programmes/{programme}/forms";

    [Fact]
    public async Task PublishForm_NewThenUnchangedThenChanged_201Then200Then201WithTheNextVersion()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var form = Form("intake");

        var first = await manager.PostJsonAsync(Forms(DemoIds.Programme), form, HttpStatusCode.Created);
        var same = await manager.PostJsonAsync(Forms(DemoIds.Programme), form, HttpStatusCode.OK);
        form["name"] = Texts("Intake", "Accueil");
        var changed = await manager.PostJsonAsync(Forms(DemoIds.Programme), form, HttpStatusCode.Created);

        Assert.Equal((1, 1, 2), (first.GetProperty("version").GetInt32(), same.GetProperty("version").GetInt32(), changed.GetProperty("version").GetInt32()));
        var listed = (await manager.GetJsonAsync(Forms(DemoIds.Programme))).EnumerateArray().Single(f => f.GetProperty("formId").GetString() == "intake");
        Assert.Equal((2, "Accueil"), (listed.GetProperty("version").GetInt32(), listed.GetProperty("name").GetProperty("fr").GetString()));
        var version1 = await manager.GetJsonAsync($"{Forms(DemoIds.Programme)}/intake/versions/1");
        Assert.Equal("Candidature", version1.GetProperty("form").GetProperty("name").GetProperty("fr").GetString());
        Assert.Equal(3, version1.GetProperty("form").GetProperty("questions").GetArrayLength());
        using var missing = await manager.GetAsync($"{Forms(DemoIds.Programme)}/intake/versions/9");
        await missing.AssertProblemAsync(HttpStatusCode.NotFound, "version");
    }

    [Fact]
    public async Task PublishForm_ABadForm_400WithEachPathAndNothingStored()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var form = Form("bad-form");
        form["questions"]![0]!["kind"] = "essay";
        form["questions"]![1]!["options"]!.AsArray().RemoveAt(1);

        using var response = await manager.PostAsJsonAsync(Forms(DemoIds.Programme), form);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "questions[0].kind");
        Assert.True(problem.GetProperty("errors").TryGetProperty("questions[1].options", out _));
        Assert.DoesNotContain(
            (await manager.GetJsonAsync(Forms(DemoIds.Programme))).EnumerateArray(),
            f => f.GetProperty("formId").GetString() == "bad-form");
        using var notJson = await manager.PostAsync(Forms(DemoIds.Programme), new StringContent("{\"id\": ", System.Text.Encoding.UTF8, "application/json"));
        await notJson.AssertProblemAsync(HttpStatusCode.BadRequest, "id");
    }

    [Fact]
    public async Task ValidateAnswers_WrongAndMissing_EachByItsPath()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        await manager.PostJsonAsync(Forms(DemoIds.Programme), Form(), HttpStatusCode.Created);

        var wrong = await manager.PostJsonAsync(
            $"{Forms(DemoIds.Programme)}/application/answers/validation",
            new { answers = new { sector = "mining", revenue = new { amount = 1200 } } },
            HttpStatusCode.OK);
        var right = await manager.PostJsonAsync(
            $"{Forms(DemoIds.Programme)}/application/answers/validation",
            new { answers = new { sector = "tech", revenue = new { amount = 1200, currency = "EUR" }, companyName = (string?)null } },
            HttpStatusCode.OK);

        Assert.False(wrong.GetProperty("valid").GetBoolean());
        Assert.Equal(
            ["answers.company-name", "answers.revenue", "answers.sector"],
            wrong.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["answers.company-name", "answers.companyName"], right.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        using var unknown = await manager.PostAsJsonAsync($"{Forms(DemoIds.Programme)}/nothing/answers/validation", new { answers = new { } });
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "formId");
        using var shapeless = await manager.PostAsJsonAsync($"{Forms(DemoIds.Programme)}/application/answers/validation", new { sector = "tech" });
        await shapeless.AssertProblemAsync(HttpStatusCode.BadRequest, "answers");
        using var twice = new StringContent("""{"answers":{"sector":"tech","sector":"mining"}}""", System.Text.Encoding.UTF8, "application/json");
        await (await manager.PostAsync($"{Forms(DemoIds.Programme)}/application/answers/validation", twice)).AssertProblemAsync(HttpStatusCode.BadRequest, "answers");

        // An answer whose escapes make no character parsed, then threw where it was read (a 500, the portal's too).
        using var lone = new StringContent("""{"answers":{"sector":"a\ud800b"}}""", System.Text.Encoding.UTF8, "application/json");
        await (await manager.PostAsync($"{Forms(DemoIds.Programme)}/application/answers/validation", lone)).AssertProblemAsync(HttpStatusCode.BadRequest, "answers.sector");
    }

    /// <summary>Bytes that are not UTF-8 in a form were stored as U+FFFD: now refused, and nothing published.</summary>
    [Fact]
    public async Task PublishForm_BodyThatIsNotUtf8OrHoldsALoneSurrogate_Answers400AndPublishesNothing()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        byte[] notUtf8 = [.. System.Text.Encoding.UTF8.GetBytes("""{"id":"bytes","name":{"en":"bad """), 0xED, 0xA0, 0x80, .. System.Text.Encoding.UTF8.GetBytes(""" utf8","fr":"x"},"questions":[{"id":"txt","kind":"longText","label":{"en":"a","fr":"b"}}]}""")];
        using var bytes = new ByteArrayContent(notUtf8);
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var lone = new StringContent("""{"id":"lone","name":{"en":"Lone \ud800","fr":"x"},"questions":[{"id":"txt","kind":"longText","label":{"en":"a","fr":"b"}}]}""", System.Text.Encoding.UTF8, "application/json");

        await (await manager.PostAsync(Forms(DemoIds.Programme), bytes)).AssertProblemAsync(HttpStatusCode.BadRequest, "form");
        await (await manager.PostAsync(Forms(DemoIds.Programme), lone)).AssertProblemAsync(HttpStatusCode.BadRequest, "name.en");
        using var list = await manager.GetAsync(Forms(DemoIds.Programme));
        var body = await list.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"bytes\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"lone\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormRoutes_AManagerOfAnotherProgrammeOrAFunder_IsRefusedAndNothingStored()
    {
        var email = $"autre-{Guid.NewGuid():N}@example.fr";
        await demo.Factory.CreateUserAsync(email, CohortsRoles.Manager);
        using var other = await demo.Factory.CreateApiClientAsync(email);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        await manager.PostJsonAsync(Forms(DemoIds.Programme), Form("guarded"), HttpStatusCode.Created);
        var changed = Form("guarded");
        changed["name"] = Texts("Taken over", "Repris");

        using var publish = await other.PostAsJsonAsync(Forms(DemoIds.Programme), changed);
        using var list = await other.GetAsync(Forms(DemoIds.Programme));
        using var read = await other.GetAsync($"{Forms(DemoIds.Programme)}/guarded/versions/1");
        using var validate = await other.PostAsJsonAsync($"{Forms(DemoIds.Programme)}/guarded/answers/validation", new { answers = new { } });
        using var funderList = await funder.GetAsync(Forms(DemoIds.Programme));
        using var nowhere = await manager.GetAsync(Forms("no-such-programme"));

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound],
            new[] { publish, list, read, validate, funderList, nowhere }.Select(r => r.StatusCode));
        var guarded = (await manager.GetJsonAsync(Forms(DemoIds.Programme))).EnumerateArray().Single(f => f.GetProperty("formId").GetString() == "guarded");
        Assert.Equal((1, "Candidature"), (guarded.GetProperty("version").GetInt32(), guarded.GetProperty("name").GetProperty("fr").GetString()));
    }
}
