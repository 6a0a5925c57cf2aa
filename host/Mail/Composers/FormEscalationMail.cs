using Cohorts.Host.Localization;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>form-escalation</c>, to the managers of the cohort's programme (recipient <c>managers:{cohortId}</c>) when a form
/// asked by a workflow is still unanswered after its reminder. Data: <c>{ "requestId", "cohortId"?, "company",
/// "cohort", "formName": {"en","fr"}, "title"?, "dueAt"?, "coach"?: the coach asked, when a coach was }</c>; links to the
/// cohort's forms page.
/// </summary>
internal sealed class FormEscalationMail(IStringLocalizer<CollectText> text) : IMailComposer
{
    public string Kind => "form-escalation";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = FormMailFacts.Title(request);
        var company = request.Optional("company");

        // A form asked of a coach (about one of their companies, perhaps) waits for the coach, not the company.
        var coach = request.Optional("coach");
        var respondent = coach ?? company ?? text["the respondent"];
        var body = new MailBody()
            .Paragraph(text["Hello,"])
            .Paragraph(FormMailFacts.DueAt(request) is { } due
                ? text["{0} has still not answered “{1}”, due {2}, despite a reminder.", respondent, title, request.Dates.DateAndTime(due)]
                : text["{0} has still not answered “{1}”, despite a reminder.", respondent, title]);
        if (coach is not null && company is not null)
        {
            body.Fact(text["Company:"], company);
        }

        if (request.Optional("cohort") is { } cohort)
        {
            body.Fact(text["Cohort:"], cohort);
        }

        if (request.Optional("cohortId") is { } cohortId)
        {
            body.Link(text["See who answered"], request.Links.To($"/manage/cohorts/{Guid.Parse(cohortId):D}/forms"));
        }

        return body.Build(text["Form still unanswered: {0} ({1})", title, respondent], text["The Cohorts team"]);
    }
}
