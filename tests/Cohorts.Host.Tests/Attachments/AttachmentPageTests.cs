using System.Net;
using Cohorts.Host.Tests.Coach;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Attachments;

/// <summary>The files-and-links page's link form: a refused link comes back in the form that was posted, with its title and tick kept; a link with a control character is refused.</summary>
public sealed class AttachmentPageTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Theory]
    [InlineData("en", "javascript:alert(1)", "A link is an absolute http or https address")]
    [InlineData("fr", "https://ok.example/c0\u001bd", "Un lien est une adresse")]
    [InlineData("en", "https://ok.example/with space", "A link is an absolute http or https address")]
    public async Task AddLink_Refused_ComesBackInTheLinkFormWithItsTitleAndTickAndAddsNothing(string language, string link, string message)
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        var page = $"/attachments/session/{session.Id}?culture={language}";
        var token = await Forms.GetAsync(client, page);

        using var response = await Forms.PostAsync(client, $"/attachments/session/{session.Id}?handler=Link&culture={language}", token, new Dictionary<string, string>
        {
            ["Link"] = link,
            ["Name"] = "Compte rendu",
            ["SharedWithCompany"] = "true",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var linkForm = html[html.IndexOf("?handler=Link\"", StringComparison.Ordinal)..];
        linkForm = linkForm[..linkForm.IndexOf("</form>", StringComparison.Ordinal)];
        var fileForm = html[html.IndexOf("enctype=\"multipart/form-data\"", StringComparison.Ordinal)..];
        fileForm = fileForm[..fileForm.IndexOf("</form>", StringComparison.Ordinal)];
        Assert.Contains(message, linkForm, StringComparison.Ordinal);
        Assert.Contains("id=\"attachment-link-name\" name=\"Name\" maxlength=\"200\" value=\"Compte rendu\"", linkForm, StringComparison.Ordinal);
        Assert.Contains("checked=\"checked\"", linkForm, StringComparison.Ordinal);
        Assert.DoesNotContain("Compte rendu", fileForm, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", fileForm, StringComparison.Ordinal);
        await using var db = await demo.Factory.DomainAsync();
        Assert.False(await db.Attachments.AnyAsync(a => a.OwnerId == session.Id.ToString()));
    }
}
