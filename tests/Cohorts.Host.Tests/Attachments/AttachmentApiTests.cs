using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cohorts.Host.Attachments;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Attachments;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Attachments;

/// <summary>Files and links attached through the API, on the demo's data: who may add, see, download and remove; what is refused leaves nothing.</summary>
public sealed class AttachmentApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private static readonly byte[] PdfBytes = "%PDF-1.4\n% a small test file\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task Upload_ManagerToACoachsSession_ListedAndDownloadableByItsCoachAndTheFunderNotAnotherCoach()
    {
        var (session, _) = await SessionOfAsync(TestAccounts.CoachMartin);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var added = await manager.PostAsync($"/api/sessions/{session}/attachments", File(PdfBytes, "Feuille d'émargement.pdf", name: "Feuille d'émargement « mars ».pdf"));
        var attachment = await added.JsonAsync();
        var id = attachment.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(("file", "application/pdf", PdfBytes.Length), (attachment.GetProperty("kind").GetString(), attachment.GetProperty("contentType").GetString(), attachment.GetProperty("size").GetInt32()));
        foreach (var reader in new[] { TestAccounts.CoachMartin, TestAccounts.Funder, TestAccounts.Manager })
        {
            using var client = await demo.Factory.CreateApiClientAsync(reader);
            var list = await (await client.GetAsync($"/api/sessions/{session}/attachments")).JsonAsync();
            Assert.Contains(list.EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
            using var download = await client.GetAsync($"/api/attachments/{id}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("Feuille d'émargement « mars ».pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal(PdfBytes, await download.Content.ReadAsByteArrayAsync());
        }

        using var other = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachBenali);
        await (await other.GetAsync($"/api/attachments/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await other.GetAsync($"/api/sessions/{session}/attachments")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await other.PostAsync($"/api/sessions/{session}/attachments", File(PdfBytes, "x.pdf"))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.GetAsync($"/api/attachments/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await manager.GetAsync($"/api/sessions/{Guid.NewGuid()}/attachments")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Upload_OversizedWrongTypeRenamedExecutableOrEmpty_RefusedAtFileWithNothingStored()
    {
        var (session, _) = await SessionOfAsync(TestAccounts.CoachMartin);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var before = FilesOnDisk();
        var rows = await RowsAsync();
        var oversized = new byte[AttachmentLimits.MaxFileBytes + 1];
        PdfBytes.CopyTo(oversized, 0);
        byte[] executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

        await (await coach.PostAsync($"/api/sessions/{session}/attachments", File(oversized, "big.pdf"))).AssertProblemAsync(HttpStatusCode.BadRequest, "file");
        await (await coach.PostAsync($"/api/sessions/{session}/attachments", File(executable, "setup.exe"))).AssertProblemAsync(HttpStatusCode.BadRequest, "file");
        await (await coach.PostAsync($"/api/sessions/{session}/attachments", File(executable, "slides.pdf"))).AssertProblemAsync(HttpStatusCode.BadRequest, "file");
        await (await coach.PostAsync($"/api/sessions/{session}/attachments", File([], "empty.pdf"))).AssertProblemAsync(HttpStatusCode.BadRequest, "file");
        await (await coach.PostAsync($"/api/sessions/{session}/attachments", File(PdfBytes, "a.pdf", name: new string('n', Attachment.MaxNameLength + 1)))).AssertProblemAsync(HttpStatusCode.BadRequest, "name");
        await (await coach.PostAsJsonAsync($"/api/sessions/{session}/attachments", new { url = "javascript:alert(1)", name = "x" })).AssertProblemAsync(HttpStatusCode.BadRequest, "url");

        // A property of the wrong type is named, not the link.
        await (await coach.PostAsJsonAsync($"/api/sessions/{session}/attachments", new { url = "https://example.org/x", name = 123 })).AssertProblemAsync(HttpStatusCode.BadRequest, "name");
        await (await coach.PostAsJsonAsync($"/api/sessions/{session}/attachments", new { url = "https://example.org/x", name = "x", sharedWithCompany = "yes" })).AssertProblemAsync(HttpStatusCode.BadRequest, "sharedWithCompany");

        Assert.Equal(before, FilesOnDisk());
        Assert.Equal(rows, await RowsAsync());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.pdf\"\r\n\r\n%PDF-1.4 cut short")]
    [InlineData("--zz\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nno closing boundary")]
    public async Task Upload_MalformedOrTruncatedMultipart_RefusedAtFileWithNothingStored(string body)
    {
        var (session, _) = await SessionOfAsync(TestAccounts.CoachMartin);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var before = FilesOnDisk();
        var rows = await RowsAsync();
        using var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=zz");

        await (await coach.PostAsync($"/api/sessions/{session}/attachments", content)).AssertProblemAsync(HttpStatusCode.BadRequest, "file");

        Assert.Equal(before, FilesOnDisk());
        Assert.Equal(rows, await RowsAsync());
    }

    [Fact]
    public async Task Upload_TwoFilesAtOnce_RefusedAtFileWithNothingStored()
    {
        var (session, _) = await SessionOfAsync(TestAccounts.CoachMartin);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var before = FilesOnDisk();
        var rows = await RowsAsync();
        using var content = File(PdfBytes, "first.pdf");
        var second = new ByteArrayContent(PdfBytes);
        second.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(second, "file", "second.pdf");

        await (await coach.PostAsync($"/api/sessions/{session}/attachments", content)).AssertProblemAsync(HttpStatusCode.BadRequest, "file");

        Assert.Equal(before, FilesOnDisk());
        Assert.Equal(rows, await RowsAsync());
    }

    [Theory]
    [InlineData("sharedWithCompany", "maybe", "sharedWithCompany")]
    [InlineData("zzzUnknown", "1", "zzzUnknown")]
    [InlineData("name", "twice", "name")]
    [InlineData("file2", null, "file")]
    public async Task Upload_AFieldItDoesNotTakeOrCannotRead_RefusedAtItWithNothingStored(string field, string? value, string refusedAt)
    {
        var (session, _) = await SessionOfAsync(TestAccounts.CoachMartin);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var before = FilesOnDisk();
        var rows = await RowsAsync();
        using var content = File(PdfBytes, "report.pdf", name: "Report");
        if (value is null)
        {
            var other = new ByteArrayContent(PdfBytes);
            other.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(other, field, "other.pdf");
        }
        else
        {
            content.Add(new StringContent(value), field);
        }

        await (await coach.PostAsync($"/api/sessions/{session}/attachments", content)).AssertProblemAsync(HttpStatusCode.BadRequest, refusedAt);

        Assert.Equal(before, FilesOnDisk());
        Assert.Equal(rows, await RowsAsync());
    }

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData("on", true)]
    [InlineData("false", false)]
    public async Task Upload_SharedWithCompanyAsTrueFalseOrATick_IsRead(string value, bool shared)
    {
        var (session, _) = await SessionOfAsync(TestAccounts.CoachMartin);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        using var content = File(PdfBytes, "shared.pdf");
        content.Add(new StringContent(value), "sharedWithCompany");

        using var response = await coach.PostAsync($"/api/sessions/{session}/attachments", content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(shared, (await response.JsonAsync()).GetProperty("sharedWithCompany").GetBoolean());
    }

    [Fact]
    public async Task Upload_TenMebibytes_TakenThroughTheBodyLimit()
    {
        var (session, _) = await SessionOfAsync(TestAccounts.CoachMartin);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var largest = new byte[AttachmentLimits.MaxFileBytes];
        PdfBytes.CopyTo(largest, 0);

        using var response = await coach.PostAsync($"/api/sessions/{session}/attachments", File(largest, "recording-notes.pdf"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("id").GetGuid();
        await using var db = await demo.Factory.DomainAsync();
        var row = await db.Attachments.SingleAsync(a => a.Id == id);
        Assert.Equal(AttachmentLimits.MaxFileBytes, new FileInfo(Files.FullPath(row.StoragePath!)).Length);
        using var tooLarge = new ByteArrayContent(new byte[InputLimits.MaxApiRequestBodyBytes + 1]);
        tooLarge.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        await (await coach.PostAsync($"/api/companies/{Guid.NewGuid()}/notes", tooLarge)).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Link_CoachToTheirCompany_ListedWithItsAddressRefusedToTheFunderAndAnotherCoach()
    {
        var company = await CompanyOfAsync(TestAccounts.CoachMartin);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using var other = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachBenali);

        using var added = await coach.PostAsJsonAsync($"/api/companies/{company}/attachments", new { url = "https://video.example.org/conference-42", name = "Enregistrement de la conférence", sharedWithCompany = true });
        var link = await added.JsonAsync();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(("link", true), (link.GetProperty("kind").GetString(), link.GetProperty("sharedWithCompany").GetBoolean()));
        var metadata = await (await funder.GetAsync($"/api/attachments/{link.GetProperty("id").GetGuid()}")).JsonAsync();
        Assert.Equal("https://video.example.org/conference-42", metadata.GetProperty("url").GetString());
        Assert.Single((await (await funder.GetAsync($"/api/companies/{company}/attachments")).JsonAsync()).EnumerateArray());
        await (await funder.PostAsJsonAsync($"/api/companies/{company}/attachments", new { url = "https://example.org" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await other.GetAsync($"/api/companies/{company}/attachments")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Upload_MilestoneAndFormAnswer_TheManagerAddsTheFunderReads()
    {
        var cohort = await demo.Factory.CohortAsync();
        var milestone = await demo.Factory.AddMilestoneAsync(cohort.Id, ReviewerRole.Manager, DemoHostFixture.Now.AddDays(10));
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        using var added = await manager.PostAsync($"/api/milestones/{milestone}/attachments", File(PdfBytes, "plan.pdf"));

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("plan.pdf", Assert.Single((await (await funder.GetAsync($"/api/milestones/{milestone}/attachments")).JsonAsync()).EnumerateArray()).GetProperty("name").GetString());
        await (await funder.PostAsync($"/api/milestones/{milestone}/attachments", File(PdfBytes, "x.pdf"))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.PostAsync($"/api/forms/requests/{Guid.NewGuid()}/attachments", File(PdfBytes, "x.pdf"))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_ByTheCoach_UnlistedFileDeletedAuditedAndRefusedToTheFunder()
    {
        var (session, _) = await SessionOfAsync(TestAccounts.CoachMartin);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        var id = (await (await coach.PostAsync($"/api/sessions/{session}/attachments", File(PdfBytes, "slides.pdf"))).JsonAsync()).GetProperty("id").GetGuid();
        string path;
        await using (var db = await demo.Factory.DomainAsync())
        {
            path = Files.FullPath((await db.Attachments.SingleAsync(a => a.Id == id)).StoragePath!);
        }

        Assert.True(System.IO.File.Exists(path));
        await (await funder.DeleteAsync($"/api/attachments/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        using var removed = await coach.DeleteAsync($"/api/attachments/{id}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.False(System.IO.File.Exists(path));
        Assert.DoesNotContain((await (await coach.GetAsync($"/api/sessions/{session}/attachments")).JsonAsync()).EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
        await (await coach.GetAsync($"/api/attachments/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coach.DeleteAsync($"/api/attachments/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await using var check = await demo.Factory.DomainAsync();
        Assert.Equal(1, await check.AuditEntries.CountAsync(e => e.Action == AuditActions.AttachmentRemoved && e.SubjectId == id.ToString()));
    }

    private AttachmentFiles Files => demo.Factory.Services.GetRequiredService<AttachmentFiles>();

    private static MultipartFormDataContent File(byte[] bytes, string fileName, string? name = null)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        if (name is not null)
        {
            content.Add(new StringContent(name), "name");
        }

        return content;
    }

    private string[] FilesOnDisk() =>
        Directory.Exists(Files.Root) ? [.. Directory.EnumerateFiles(Files.Root, "*", SearchOption.AllDirectories).Order()] : [];

    private async Task<int> RowsAsync()
    {
        await using var db = await demo.Factory.DomainAsync();
        return await db.Attachments.CountAsync();
    }

    private async Task<(Guid Session, Guid Coach)> SessionOfAsync(string coachEmail)
    {
        await using var db = await demo.Factory.DomainAsync();
        var coaches = await db.Coaches.Where(c => c.Email == coachEmail).Select(c => c.Id).ToListAsync();
        var session = await db.Sessions.Where(s => s.CoachId != null && coaches.Contains(s.CoachId.Value)).OrderBy(s => s.PlannedAt).FirstAsync();
        return (session.Id, session.CoachId!.Value);
    }

    private async Task<Guid> CompanyOfAsync(string coachEmail)
    {
        await using var db = await demo.Factory.DomainAsync();
        var coaches = await db.Coaches.Where(c => c.Email == coachEmail).Select(c => c.Id).ToListAsync();
        return await db.Companies.Where(c => c.CoachId != null && coaches.Contains(c.CoachId.Value)).OrderBy(c => c.Name).Select(c => c.Id).FirstAsync();
    }
}
