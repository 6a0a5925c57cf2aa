using System.Text.Json.Nodes;

namespace Cohorts.Host.Mail.Composers;

/// <summary>Reads the facts the form e-mails share (<c>formName</c> in the recipient's language, <c>title</c>, <c>dueAt</c>).</summary>
internal static class FormMailFacts
{
    /// <summary>The title the respondent sees: the request's title, else the form's name in the recipient's language.</summary>
    public static string Title(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Optional("title") is { } title)
        {
            return title;
        }

        var names = request.Data["formName"] as JsonObject;
        var language = request.Culture.TwoLetterISOLanguageName == "fr" ? "fr" : "en";
        return names?[language]?.GetValue<string>() ?? names?["en"]?.GetValue<string>() ?? "?";
    }

    /// <summary>The due time, if the data holds one.</summary>
    public static DateTimeOffset? DueAt(MailRequest request) =>
        request.Optional("dueAt") is null ? null : request.Instant("dueAt");
}
