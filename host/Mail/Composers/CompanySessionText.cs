namespace Cohorts.Host.Mail.Composers;

/// <summary>Whether a company's session e-mail is about its coaching session or a collective event (the words differ).</summary>
internal static class CompanySessionText
{
    /// <summary>True for a coaching session (the data's <c>kind</c> is <c>Coaching</c>), false for a collective event.</summary>
    public static bool IsCoaching(MailRequest request) =>
        string.Equals(request.Optional("kind"), nameof(Cohorts.Workflows.Domain.SessionKind.Coaching), StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a collective event (the data's <c>kind</c> is another than <c>Coaching</c>); false for a coaching session, or data owed before it said its kind.</summary>
    public static bool IsEvent(MailRequest request) => request.Optional("kind") is { Length: > 0 } && !IsCoaching(request);
}
