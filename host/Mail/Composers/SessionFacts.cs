namespace Cohorts.Host.Mail.Composers;

/// <summary>When, where and with whom a session is, for the session e-mails.</summary>
internal static class SessionFacts
{
    /// <summary>The most companies named one by one; more are counted.</summary>
    public const int MostNamed = 10;

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
        // An event of a whole cohort (104 companies of a tour) is said as a count, not a line of every name.
        if (request.Data["companyCount"] is System.Text.Json.Nodes.JsonValue count && count.TryGetValue<int>(out var many) && many > MostNamed)
        {
            body.Fact(request.T("With:"), request.Dates.Count(many, Cohorts.Workflows.Text.DomainNoun.Company));
        }
        else if (request.Optional("companies") is { } companies)
        {
            body.Fact(request.T("With:"), companies);
        }

        return body;
    }
}
