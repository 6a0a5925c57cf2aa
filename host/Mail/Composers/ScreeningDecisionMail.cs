namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>screening-decision</c>, to the company's contact (Company.ContactEmail) once a manager screened its application.
/// Data: <c>{ "decision": "accepted|waitlisted|rejected", "company", "cohort", "reasons"?: only when the manager chose
/// to share them }</c>.
/// </summary>
internal sealed class ScreeningDecisionMail : IMailComposer
{
    public string Kind => "screening-decision";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var company = request.Required("company");
        var cohort = request.Required("cohort");
        // The decision is the application's ("la candidature"), so no French agreement depends on the company's name,
        // and subject and body name the cohort alike.
        var (subject, news) = request.Required("decision") switch
        {
            "accepted" => (request.T("Your application to the cohort “{0}”: accepted", cohort), request.T("We are pleased to tell you that the application of {0} is accepted for the cohort “{1}”. Your coach will contact you shortly.", company, cohort)),
            "waitlisted" => (request.T("Your application to the cohort “{0}”: waiting list", cohort), request.T("The application of {0} is on the waiting list for the cohort “{1}”: we will write to you as soon as a place opens.", company, cohort)),
            "rejected" => (request.T("Your application to the cohort “{0}”", cohort), request.T("We are sorry to tell you that the application of {0} was not accepted for the cohort “{1}”.", company, cohort)),
            var other => throw new InvalidOperationException($"'{other}' is not a screening decision."),
        };
        var body = new MailBody().Paragraph(request.T("Hello,")).Paragraph(news);
        if (request.Optional("reasons") is { } reasons)
        {
            body.Fact(request.T("Reasons:"), reasons);
        }

        return body
            .Paragraph(request.T("Thank you for your interest in the programme."))
            .Build(subject, request.T("The programme team"));
    }
}
