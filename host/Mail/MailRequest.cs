using System.Globalization;
using System.Text.Json.Nodes;
using Cohorts.Host.Web;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Mail;

/// <summary>What a composer renders from: the row's data, the recipient's language, dates, texts and links.</summary>
public sealed class MailRequest
{
    internal MailRequest(Guid id, JsonObject data, CultureInfo culture, HumanText dates, IStringLocalizer<MailText> text, PublicLinks links, DateTimeOffset now, DateTimeOffset owedAt, string senderName = "Cohorts", string senderAddress = "cohorts@localhost")
    {
        SenderName = senderName;
        SenderAddress = senderAddress;
        Id = id;
        Now = now;
        OwedAt = owedAt;
        Data = data;
        Culture = culture;
        Dates = dates;
        Text = text;
        Links = links;
    }

    /// <summary>Gets the name the e-mails are sent from (<c>Cohorts:Mail:FromName</c>): a calendar event's organiser.</summary>
    public string SenderName { get; }

    /// <summary>Gets the address the e-mails are sent from (<c>Cohorts:Mail:FromAddress</c>).</summary>
    public string SenderAddress { get; }

    /// <summary>Gets the outbox row's id.</summary>
    public Guid Id { get; }

    /// <summary>Gets when the message is rendered.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Gets when the message was owed (its outbox row written): <see cref="Dates"/>' relative texts are measured from it.</summary>
    public DateTimeOffset OwedAt { get; }

    /// <summary>Gets the data the cause wrote.</summary>
    public JsonObject Data { get; }

    /// <summary>Gets the recipient's language.</summary>
    public CultureInfo Culture { get; }

    /// <summary>
    /// Gets dates and durations in the recipient's language, in the programmes' time zone; relative texts ("in 2 days")
    /// as of <see cref="OwedAt"/>.
    /// </summary>
    public HumanText Dates { get; }

    /// <summary>Gets the texts, in the recipient's language.</summary>
    public IStringLocalizer<MailText> Text { get; }

    /// <summary>Gets the site's absolute links.</summary>
    public PublicLinks Links { get; }

    /// <summary>A text in the recipient's language, with its arguments.</summary>
    public string T(string english, params object[] arguments) => Text[english, arguments];

    /// <summary>A required string field of the data.</summary>
    public string Required(string name) =>
        Optional(name) ?? throw new InvalidOperationException($"The e-mail's data lacks \"{name}\".");

    /// <summary>An optional string field of the data (null when missing or blank).</summary>
    public string? Optional(string name) =>
        Data[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    /// <summary>A required instant field of the data (ISO 8601).</summary>
    public DateTimeOffset Instant(string name) =>
        DateTimeOffset.Parse(Required(name), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>A required id field of the data.</summary>
    public Guid IdOf(string name) => System.Guid.Parse(Required(name));

    /// <summary>An instant as "6 January 2025 at 10:00" / "6 janvier 2025 à 10 h", in the programmes' zone.</summary>
    public string DateAndTime(DateTimeOffset instant) =>
        Dates.DateAndTime(instant);
}
