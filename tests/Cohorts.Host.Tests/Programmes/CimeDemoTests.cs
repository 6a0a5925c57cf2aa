using System.Net;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Programmes;

/// <summary>The demo's CIME learning expedition (November 2024) is played to its end: visits held, analyses and lessons answered, the travel book there.</summary>
public sealed class CimeDemoTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Demo_November2024Expedition_PlayedToItsEndWithItsTravelBook()
    {
        Guid cohortId;
        await using (var db = await demo.Factory.DomainAsync())
        {
            var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.ProgrammeId == "cime-learning-expedition");
            cohortId = cohort.Id;
            Assert.Equal(new DateOnly(2024, 11, 18), cohort.StartDate);
            Assert.Equal(12, await db.Companies.CountAsync(c => c.CohortId == cohortId && c.Status == CompanyStatus.Graduated));
            var visits = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Kind == SessionKind.Visit).ToListAsync();
            Assert.Equal(3, visits.Count(v => v.Outcome != null));
            var requests = await db.FormRequests.AsNoTracking().Where(r => r.CohortId == cohortId).ToListAsync();
            Assert.Contains(requests, r => r.FormId == "analyse-visite");
            Assert.All(requests, r => Assert.Equal(FormRequestStatus.Answered, r.Status));
            Assert.Single(requests, r => r.FormId == "enseignements-transverses");
        }

        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var docx = await manager.GetAsync($"/api/cohorts/{cohortId}/travel-book.docx?lang=fr");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Michelin ouvre ses sites", text, StringComparison.Ordinal);
        Assert.Contains("territoire apprenant", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pas encore rédigé", text, StringComparison.Ordinal);
    }
}
