namespace Cohorts.Host.Mail.Composers;

/// <summary>When, where and with whom a session is, for the session e-mails.</summary>
internal static class SessionFacts
{
    public static MailBody Add(MailBody body, MailRequest request)
    {
        var plannedAt = request.Instant("plannedAt");
        body.Fact(request.T("When:"), $"{request.DateAndTime(plannedAt)} ({request.Dates.Relative(plannedAt)})");
        if (request.Optional("location") is { } location)
        {
            body.Fact(request.T("Where:"), location);
        }

        With(body, request);
        if (request.Optional("cohort") is { } cohort)
        {
            body.Fact(request.T("Cohort:"), cohort);
        }

        return body;
    }

    /// <summary>The session's companies, when its data names them (<c>"companies"</c>).</summary>
    public static MailBody With(MailBody body, MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Optional("companies") is { } companies)
        {
            body.Fact(request.T("With:"), companies);
        }

        return body;
    }
}
