using Cohorts.Host.Attachments;
using Cohorts.Workflows.Attachments;

namespace Cohorts.Host.Tests.Attachments;

/// <summary>The name a downloaded file is saved under, whatever its attachment was named.</summary>
public sealed class AttachmentFileNameTests
{
    [Theory]
    [InlineData("Feuille d'émargement « mars ».pdf", "Feuille d'émargement « mars ».pdf")]
    [InlineData("../../etc/passwd.pdf", "_.._etc_passwd.pdf")]
    [InlineData("report\u202Efdp.exe", "report_fdp.exe.pdf")]
    [InlineData("in\u200Bvisible\u2066.pdf", "in_visible_.pdf")]
    [InlineData("a\tb\r\n.pdf", "a_b__.pdf")]
    [InlineData("\u200E.pdf", "_.pdf")]
    [InlineData("...", "attachment.pdf")]
    public void Of_AnyName_SavesUnderOneWithoutSeparatorsControlOrFormCharactersAndTheStoredExtension(string name, string expected)
    {
        var attachment = new Attachment(Guid.NewGuid(), AttachmentOwner.Company, "company", name, DateTimeOffset.UnixEpoch, "manager@cohorts.demo")
        {
            StoragePath = "2026/12/0193.pdf",
        };

        Assert.Equal(expected, AttachmentFileName.Of(attachment));
    }
}
