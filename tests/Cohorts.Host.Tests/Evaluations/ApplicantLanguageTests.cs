using System.Net;
using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Evaluations;

/// <summary>A company's contact, who has no account, is written to in the language its application was filled in.</summary>
public sealed class ApplicantLanguageTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Theory]
    [InlineData("en", "Anglo Works")]
    [InlineData("fr", "Atelier Gaulois")]
    public async Task ScreeningDecision_ToAnApplicant_IsOwedInTheLanguageOfItsApplication(string language, string name)
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var (_, token) = await ScreeningData.OpenCallAsync(demo.Factory, manager);
        using var visitor = demo.Factory.CreateClient();
        var created = await visitor.PostJsonAsync($"/api/applications/{token}?culture={language}", ScreeningData.Applicant(name), HttpStatusCode.Created);
        var companyId = created.GetProperty("companyId").GetGuid();

        await manager.PostJsonAsync($"/api/companies/{companyId}/screening", new { decision = "rejected", reasons = "Too early." }, HttpStatusCode.OK);

        await using var db = await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var owed = await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Key == $"company-{companyId:D}/screening-rejected");
        Assert.Equal(language, (string?)JsonNode.Parse(owed.Data)!["culture"]);
    }
}
