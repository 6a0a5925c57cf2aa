namespace Cohorts.Host.Mail.Composers;

/// <summary>The company and cohort a milestone e-mail is about, when the data names them.</summary>
internal static class MilestoneFacts
{
    public static void Add(MailBody body, MailRequest request)
    {
        if (request.Optional("company") is { } company)
        {
            body.Fact(request.T("Company:"), company);
        }

        if (request.Optional("cohort") is { } cohort)
        {
            body.Fact(request.T("Cohort:"), cohort);
        }
    }
}
