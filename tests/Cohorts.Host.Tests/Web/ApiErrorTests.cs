using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Cohorts.Host.Api;
using Cohorts.Host.Reporting;
using Cohorts.Workflows.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Web;

/// <summary>Every answer of the API is problem details naming what is wrong, whatever went wrong and however it was asked.</summary>
public sealed class ApiErrorTests(ApiHostFixture host) : IClassFixture<ApiHostFixture>
{
    private const string Cohort = "{\"programmeId\":\"p\",\"name\":\"n\",\"startDate\":\"2026-09-01\"";

    [Theory]
    [InlineData("/api/programmes", """{"templateId":123}""", "templateId")]
    [InlineData("/api/programmes", """{"templateId":"\ud800"}""", "templateId")]
    [InlineData("/api/programmes", """{"templateId":""", "templateId")]
    [InlineData("/api/programmes", """{""", "$")]
    [InlineData("/api/programmes", """[]""", "$")]
    [InlineData("/api/programmes", """ """, "$")]
    [InlineData("/api/cohorts", """{"programmeId":"p","name":"n","startDate":"2025-02-30"}""", "startDate")]
    [InlineData("/api/cohorts", Cohort + ""","companies":[{"name":"a"},{"name":"b","headcount":2147483648}]}""", "companies[1].headcount")]
    [InlineData("/api/cohorts", Cohort + ""","funders":[{"name":"f","share":1e309}]}""", "funders[0].share")]
    [InlineData("/api/cohorts", Cohort + ""","launch":"yes"}""", "launch")]
    public async Task Post_BodyThatCannotBeRead_Answers400NamingTheJsonPath(string path, string body, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await host.Manager.PostAsync(path, content);

        var messages = await ProblemAssert.NamesFieldAsync(response, field);
        Assert.All(messages, m => Assert.DoesNotContain("System.", m, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/programmes", """{"templateId":"boost-innovation","templateId":"openlab-exploration-innovation"}""", "templateId")]
    [InlineData("/api/cohorts", Cohort + ""","companies":[{"name":"a","name":"b"}]}""", "companies[0].name")]
    public async Task Post_PropertyGivenTwice_Answers400NamingItRatherThanTakingTheLast(string path, string body, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await host.Manager.PostAsync(path, content);

        var message = Assert.Single(await ProblemAssert.NamesFieldAsync(response, field));
        Assert.Equal($"The property '{field.Split('.')[^1]}' is given more than once.", message);
    }

    [Theory]
    [InlineData("/api/programmes", """{"templateId":"boost-innovation","nmae":"Boost 2027"}""", "nmae")]
    [InlineData("/api/cohorts", Cohort + ""","companies":[{"name":"a","headcuont":12}]}""", "companies[0].headcuont")]
    [InlineData("/api/cohorts", Cohort + ""","funders":[{"name":"f","share":0.5,"iban":"FR76"}]}""", "funders[0].iban")]
    public async Task Post_PropertyTheRequestDoesNotTake_Answers400NamingItRatherThanDroppingIt(string path, string body, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await host.Manager.PostAsync(path, content);

        var message = Assert.Single(await ProblemAssert.NamesFieldAsync(response, field));
        Assert.Equal($"The property '{field.Split('.')[^1]}' is not one this request takes.", message);
    }

    [Fact]
    public async Task Post_LongUnknownPropertyName_IsShortenedInTheMessage()
    {
        var name = new string('x', 5000);
        using var content = new StringContent($"{{\"templateId\":\"boost-innovation\",\"{name}\":1}}", Encoding.UTF8, "application/json");

        using var response = await host.Manager.PostAsync("/api/programmes", content);

        var message = Assert.Single(await ProblemAssert.NamesFieldAsync(response, name));
        Assert.Equal($"The property '{name[..100]}…' is not one this request takes.", message);
    }

    [Fact]
    public async Task Post_LongValueThatBreaksARule_IsQuotedShortenedInTheProblem()
    {
        var email = new string('A', 100_000);
        using var content = new StringContent($"{{\"name\":\"Atelier Long\",\"kind\":\"Business\",\"contacts\":[{{\"name\":\"Anne\",\"email\":\"{email}\"}}]}}", Encoding.UTF8, "application/json");

        using var response = await host.Manager.PostAsync("/api/organisations", content);

        var body = await response.Content.ReadAsStringAsync();
        var message = Assert.Single(await ProblemAssert.NamesFieldAsync(response, "contacts[0].email"));
        Assert.StartsWith($"'{email[..100]}…'", message, StringComparison.Ordinal);
        Assert.True(body.Length < 2_000, $"The problem is {body.Length} characters long.");
    }

    [Fact]
    public async Task Post_LongValueOfEmoji_IsCutBetweenCharactersNotInsideOne()
    {
        // 99 letters then emoji (two UTF-16 halves each): the 100th character is the first half of a pair.
        var email = new string('a', 99) + string.Concat(Enumerable.Repeat("\U0001F600", 50));
        using var content = new StringContent($"{{\"name\":\"Atelier Long\",\"kind\":\"Business\",\"contacts\":[{{\"name\":\"Anne\",\"email\":\"{email}\"}}]}}", Encoding.UTF8, "application/json");

        using var response = await host.Manager.PostAsync("/api/organisations", content);

        var message = Assert.Single(await ProblemAssert.NamesFieldAsync(response, "contacts[0].email"));
        Assert.StartsWith($"'{email[..99]}…'", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', message);
    }

    [Theory]
    [InlineData("/api/coach/sessions?from=not-a-date", "from")]
    [InlineData("/api/coach/sessions?to=2025-02-30T10:00:00Z", "to")]
    [InlineData("/api/coach/sessions?from=1,2", "from")]
    [InlineData("/api/coach/sessions?from=12/1", "from")]
    [InlineData("/api/coach/sessions?from=2026-03-01T00:00:00Z&from=2026-03-02T00:00:00Z", "from")]
    [InlineData("/api/coach/sessions?to=2026-03-01T10:00:00", "to")]
    public async Task Get_QueryThatCannotBeRead_Answers400NamingTheParameter(string path, string field)
    {
        using var response = await host.Coach.GetAsync(path);

        await ProblemAssert.NamesFieldAsync(response, field);
    }

    [Theory]
    [InlineData("PUT", "/api/programmes", 405)]
    [InlineData("PATCH", "/api/programmes", 405)]
    [InlineData("DELETE", "/api/programmes", 405)]
    [InlineData("DELETE", "/api/me", 405)]
    [InlineData("GET", "/api/nothing-here", 404)]
    [InlineData("PUT", "/api/nothing-here", 404)]
    [InlineData("GET", "/api/programmes/%01", 404)]
    [InlineData("GET", "/api/sessions/00000000-0000-0000-0000-000000000001", 404)]
    [InlineData("GET", "/api/coach/sessions", 403)]
    public async Task AnyMethod_ErrorStatus_AnswersProblemJsonEvenToABrowser(string method, string path, int status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await host.Manager.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, status);
    }

    [Theory]
    [InlineData("/api/cohorts", "application/json")]
    [InlineData("/api/templates", "application/json")]
    [InlineData("/openapi/v1.json", "application/json")]
    [InlineData("/schemas/definition.json", "application/schema+json")]
    public async Task Head_WhereGetAnswers_AnswersItsStatusAndHeadersAsGetDoes(string path, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);

        using var response = await host.Manager.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Put_WhereOnlyGetAnswers_Answers405AllowingGetAndHead_AndTheApiDocumentListsNoHead()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/templates");

        using var response = await host.Manager.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, 405);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        using var document = JsonDocument.Parse(await host.Manager.GetStringAsync("/openapi/v1.json"));
        Assert.DoesNotContain(document.RootElement.GetProperty("paths").EnumerateObject(), path => path.Value.TryGetProperty("head", out _));
    }

    [Theory]
    [InlineData("POST", "/schemas/definition.json", 405)]
    [InlineData("DELETE", "/openapi/v1.json", 405)]
    public async Task TheDocumentsForPrograms_AnswerTheirErrorsAsProblemJson(string method, string path, int status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await host.Manager.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, status);
    }

    [Theory]
    [InlineData("GET", "/api/me")]
    [InlineData("PUT", "/api/companies/00000000-0000-0000-0000-000000000001/coach")]
    [InlineData("POST", "/api/programmes")]
    public async Task AnyMethod_WithoutSignIn_Answers401ProblemJson(string method, string path)
    {
        using var client = host.Factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, 401);
    }

    [Theory]
    [InlineData("GET", 8_170, 200)]
    [InlineData("GET", 8_180, 414)]
    [InlineData("POST", 8_180, 414)]
    public async Task AddressAtAndPastItsLimit_AnswersOrRefuses414ProblemJsonBeforeReadingTheBody(string method, int padding, int status)
    {
        // "/api/templates?q=" and the padding: 8,187 characters, then 8,197 (the limit is 8,192).
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/templates?q=" + new string('a', padding)) { Content = method == "POST" ? new StringContent("{", Encoding.UTF8, "application/json") : null };

        using var response = await host.Manager.SendAsync(request);

        if (status == 200)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            var problem = await ProblemAssert.IsProblemAsync(response, status);
            Assert.Contains("8,192 characters", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Post_NotJson_Answers415ProblemJson()
    {
        using var content = new StringContent("templateId=x", Encoding.UTF8, "text/plain");

        using var response = await host.Manager.PostAsync("/api/programmes", content);

        var problem = await ProblemAssert.IsProblemAsync(response, 415);
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.16", problem.GetProperty("type").GetString());
        Assert.Equal("Send the body as application/json.", problem.GetProperty("detail").GetString());
        Assert.Equal("Unsupported Media Type", problem.GetProperty("title").GetString());
    }

    /// <summary>
    /// A request without its body: the framework's words name its C# parameter ("Implicit body inferred for parameter
    /// "request" but no body was provided. Did you mean to use a Service instead?") or the empty media type; the answer
    /// says what to send.
    /// </summary>
    [Theory]
    [InlineData("/api/programmes", "application/json", "", 400)]
    [InlineData("/api/auth/token", "application/json", "", 400)]
    [InlineData("/api/programmes", null, "", 400)]
    [InlineData("/api/programmes", null, "{}", 415)]
    [InlineData("/api/programmes/boost-innovation/definitions/boost-innovation-company/validation", null, "{}", 415)]
    [InlineData("/api/programmes/boost-innovation/forms", null, "{}", 415)]
    public async Task Post_WithoutItsBodyOrItsMediaType_AnswersWhatToSend(string path, string? contentType, string body, int status)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        using var response = await host.Manager.PostAsync(path, content);

        var problem = await ProblemAssert.IsProblemAsync(response, status);
        Assert.DoesNotContain("parameter", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Expected", problem.ToString(), StringComparison.Ordinal);
        if (status == 400)
        {
            Assert.Equal(["A JSON body is required."], await ProblemAssert.NamesFieldAsync(response, "$"));
        }
        else
        {
            Assert.Equal("Unsupported Media Type", problem.GetProperty("title").GetString());
        }
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("\"garbage\"")]
    [InlineData("utf-7")]
    [InlineData("")]
    public async Task Post_JsonInACharsetThatCannotBeRead_Answers415ProblemJsonNamingItAndCreatesNothing(string charset)
    {
        using var content = new StringContent("{\"name\":\"Charset test\",\"kind\":\"Association\"}", Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");

        using var response = await host.Manager.PostAsync("/api/organisations", content);

        var problem = await ProblemAssert.IsProblemAsync(response, 415);
        Assert.Contains($"'{charset.Trim('"')}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var list = await host.Manager.GetAsync("/api/organisations?q=Charset%20test");
        Assert.DoesNotContain("Charset test", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br, identity")]
    public async Task Post_ACompressedBody_Answers415ProblemJsonNamingTheEncodingAndCreatesNothing(string encoding)
    {
        using var content = new ByteArrayContent(Gzip("{\"name\":\"Gzip test\",\"kind\":\"Association\"}"));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Headers.TryAddWithoutValidation("Content-Encoding", encoding);

        using var response = await host.Manager.PostAsync("/api/organisations", content);

        var problem = await ProblemAssert.IsProblemAsync(response, 415);
        Assert.Contains("uncompressed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var list = await host.Manager.GetAsync("/api/organisations?q=Gzip%20test");
        Assert.DoesNotContain("Gzip test", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_JsonWithItsCharsetQuoted_IsRead()
    {
        using var content = new StringContent("{\"name\":\"Quoted charset\",\"kind\":\"Association\"}", Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=\"utf-8\"");

        using var response = await host.Manager.PostAsync("/api/organisations", content);

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Get_AcceptingOnlyCsv_StillAnswersProblemJson()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/cohorts/00000000-0000-0000-0000-000000000001/progress.csv");
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        using var response = await host.Manager.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, 404);
    }

    [Theory]
    [InlineData("accepted, rejected")]
    [InlineData("accepted,rejected")]
    [InlineData("2")]
    [InlineData(" accepted")]
    [InlineData("Accepted|Rejected")]
    public async Task Screening_DecisionThatIsNotOneName_IsRefusedNamingDecision(string decision)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var screening = scope.ServiceProvider.GetRequiredService<ScreeningService>();

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => screening.DecideAsync(Guid.NewGuid(), decision, "reasons"));

        Assert.Equal("decision", refused.Field);
    }

    [Theory]
    [InlineData("accepted, rejected", false)]
    [InlineData("waitlisted, rejected", false)]
    [InlineData("1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("rejected", true)]
    [InlineData("Waitlisted", true)]
    public void EnumNames_TryParse_AcceptsExactlyOneDefinedName(string? text, bool expected) =>
        Assert.Equal(expected, EnumNames.TryParse<ScreeningDecision>(text, out _));

    [Theory]
    [InlineData("passed, failed")]
    [InlineData("needsWork,failed")]
    [InlineData("0")]
    public void ParseOutcome_NotOneName_ThrowsNamingOutcome(string outcome) =>
        Assert.Equal("outcome", Assert.Throws<DomainRuleException>(() => MilestoneDecisions.ParseOutcome(outcome)).Field);

    [Theory]
    [InlineData("\"accepted, rejected\"")]
    [InlineData("\"Accepted,Rejected\"")]
    [InlineData("2")]
    [InlineData("\"nonsense\"")]
    public void StrictEnumConverter_NotOneName_Throws(string json)
    {
        var options = new JsonSerializerOptions { Converters = { new StrictEnumConverterFactory() } };

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ScreeningDecision>(json, options));
        Assert.Equal(ScreeningDecision.Rejected, JsonSerializer.Deserialize<ScreeningDecision>("\"rejected\"", options));
        Assert.Equal("\"Waitlisted\"", JsonSerializer.Serialize(ScreeningDecision.Waitlisted, options));
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest))
        {
            zip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
