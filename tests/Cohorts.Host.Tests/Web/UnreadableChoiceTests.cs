using System.Net;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Web;

/// <summary>
/// A choice posted with a value the page does not offer ("maybe" for a yes or no, a role not in the list) is refused
/// next to it and nothing is done: it was read as the default and the action ran (a company withdrawn, an outcome
/// corrected to "present", an organisation linked as a partner).
/// </summary>
public sealed class UnreadableChoiceTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Withdraw_DroppedOutMaybe_RefusedNextToItAndTheCompanyStays()
    {
        var cohort = await demo.Factory.CohortAsync();
        Guid companyId;
        await using (var db = await demo.Factory.DomainAsync())
        {
            companyId = await db.Companies.Where(c => c.CohortId == cohort.Id && c.Status == CompanyStatus.Active).OrderBy(c => c.Name).Select(c => c.Id).FirstAsync();
        }

        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var path = $"/manage/cohorts/{cohort.Id}/companies/{companyId}?culture=fr";
        using var response = await Forms.PostAsync(client, path.Replace("?culture=fr", "?handler=Withdraw&culture=fr", StringComparison.Ordinal), await Forms.GetAsync(client, path), new Dictionary<string, string>
        {
            ["Withdraw.DroppedOut"] = "maybe",
            ["Withdraw.Reason"] = "Essai",
            ["Withdraw.Confirm"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("«\u00a0maybe\u00a0» ne peut pas être lu ici.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var after = await demo.Factory.DomainAsync();
        Assert.Equal(CompanyStatus.Active, (await after.Companies.SingleAsync(c => c.Id == companyId)).Status);
    }

    [Fact]
    public async Task CorrectOutcome_PresentMaybe_RefusedNextToItAndNothingCorrected()
    {
        Guid sessionId;
        await using (var db = await demo.Factory.DomainAsync())
        {
            var coachIds = await db.Coaches.Where(c => c.Email == TestAccounts.CoachMartin).Select(c => c.Id).ToListAsync();
            sessionId = await db.Sessions.Where(s => s.CoachId != null && coachIds.Contains(s.CoachId.Value) && s.Kind == SessionKind.Coaching && s.Outcome != null).OrderBy(s => s.PlannedAt).Select(s => s.Id).FirstAsync();
        }

        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        var path = $"/coach/sessions/{sessionId}";
        using var response = await Forms.PostAsync(client, $"{path}?handler=Change", await Forms.GetAsync(client, path), new Dictionary<string, string>
        {
            ["Change.SessionId"] = sessionId.ToString(),
            ["Change.Action"] = "correct",
            ["Change.Present"] = "maybe",
            ["Change.Notes"] = "Corrigé",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("'maybe' cannot be read here.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var after = await demo.Factory.DomainAsync();
        Assert.False(await after.AuditEntries.AnyAsync(a => a.Action == "session.outcome-corrected" && a.SubjectId == sessionId.ToString()));
    }

    [Fact]
    public async Task LinkOrganisation_RoleNotInTheList_RefusedNextToItAndNothingLinked()
    {
        var cohort = await demo.Factory.CohortAsync();
        Guid organisationId;
        int before;
        await using (var db = await demo.Factory.DomainAsync())
        {
            organisationId = await db.Organisations.OrderBy(o => o.Name).Select(o => o.Id).FirstAsync();
            before = await db.ProgrammeOrganisations.CountAsync(l => l.ProgrammeId == cohort.ProgrammeId);
        }

        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var path = $"/manage/programmes/{cohort.ProgrammeId}/organisations";
        using var response = await Forms.PostAsync(client, $"{path}?handler=Add", await Forms.GetAsync(client, path), new Dictionary<string, string>
        {
            ["Link.OrganisationId"] = organisationId.ToString(),
            ["Link.Role"] = "Overlord",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("'Overlord' cannot be read here.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var after = await demo.Factory.DomainAsync();
        Assert.Equal(before, await after.ProgrammeOrganisations.CountAsync(l => l.ProgrammeId == cohort.ProgrammeId));
    }
}
