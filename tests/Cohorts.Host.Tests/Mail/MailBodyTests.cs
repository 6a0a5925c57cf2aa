using Cohorts.Host.Mail;

namespace Cohorts.Host.Tests.Mail;

/// <summary>The plain-text body reads as the HTML does: paragraphs, a block of facts and a link, each set apart.</summary>
public sealed class MailBodyTests
{
    [Fact]
    public void Build_FactsBetweenParagraphs_AreABlockSetApartByBlankLines()
    {
        var content = new MailBody()
            .Paragraph("Hello,")
            .Fact("When:", "1 December 2026 at 11:30")
            .Fact("Reason:", "Strike.")
            .Paragraph("The attached file removes it from your calendar.")
            .Link("Open the session", "https://cohorts.example/coach/sessions/1")
            .Fact("Company:", "Acme")
            .Link("Open the company", "https://cohorts.example/c/1")
            .Build("Subject", "The Cohorts team");

        Assert.Equal(
            "Hello,\n\nWhen: 1 December 2026 at 11:30\nReason: Strike.\n\nThe attached file removes it from your calendar.\n\n"
            + "Open the session\nhttps://cohorts.example/coach/sessions/1\n\nCompany: Acme\n\nOpen the company\nhttps://cohorts.example/c/1\n\n-- \nThe Cohorts team\n",
            content.Text);
    }
}
