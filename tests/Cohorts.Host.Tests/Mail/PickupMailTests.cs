using System.Text;
using System.Text.Json.Nodes;
using Cohorts.Host.Mail;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Cohorts.Host.Tests.Mail;

/// <summary>The pickup folder's files, read as a standard parser and a relay would read them.</summary>
public sealed class PickupMailTests
{
    [Fact]
    public async Task SendDue_NonAsciiTextAndALongLine_WritesAConformingFileThatParsesBack()
    {
        await using var host = new CohortsHostFactory();
        var reasons = "Équipe très motivée, marché déjà testé — " + new string('é', 3000);
        var id = await MailRows.OweAsync(host, "screening/long", "screening-decision", "contact@acme.example", new JsonObject
        {
            ["decision"] = "rejected",
            ["company"] = "Crème & Brûlée",
            ["cohort"] = "Promotion 2026",
            ["reasons"] = reasons,
            ["culture"] = "fr",
        });
        await host.Services.GetRequiredService<MailSender>().SendDueAsync(CancellationToken.None);

        var file = Path.Combine(host.Files.Folder, "mail", $"{id:D}_cohorts.test.eml");
        await Eventually.TrueAsync(_ => Task.FromResult(File.Exists(file)));
        var bytes = await File.ReadAllBytesAsync(file);

        Assert.All(bytes, b => Assert.True(b < 0x80, "The file is 7-bit."));
        var raw = Encoding.ASCII.GetString(bytes);
        Assert.DoesNotMatch("(?<!\r)\n", raw);
        Assert.All(raw.Split("\r\n"), line => Assert.True(line.Length <= 998, $"A line of {line.Length} characters."));

        var message = await MimeMessage.LoadAsync(file);
        var parts = message.BodyParts.OfType<TextPart>().ToList();
        Assert.Equal(2, parts.Count);
        Assert.All(parts, part => Assert.NotEqual(ContentEncoding.Default, part.ContentTransferEncoding));
        Assert.Contains(reasons, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(reasons, message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Crème & Brûlée", message.TextBody, StringComparison.Ordinal);
    }
}
