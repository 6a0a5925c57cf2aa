namespace Cohorts.Host.Mail.Composers;

/// <summary>Whether a company's session e-mail is about its coaching session or a collective event (the words differ).</summary>
internal static class CompanySessionText
{
    /// <summary>True for a coaching session (the data's <c>kind</c> is <c>Coaching</c>), false for a collective event.</summary>
    public static bool IsCoaching(MailRequest request) =>
        string.Equals(request.Optional("kind"), nameof(Cohorts.Workflows.Domain.SessionKind.Coaching), StringComparison.OrdinalIgnoreCase);
}
