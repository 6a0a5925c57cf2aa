using Cohorts.Host.Localization;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>coach-form-requested</c>, to a coach asked to answer a form (or reminded, <c>"reminder": true</c>). Data:
/// <c>{ "requestId", "company"?, "cohort"?, "formName": {"en","fr"}, "title"?, "dueAt"?, "reminder" }</c>; links to
/// the form on the coach's pages, where they answer signed in.
/// </summary>
internal sealed class CoachFormRequestedMail(IStringLocalizer<CollectText> text) : IMailComposer
{
    public string Kind => "coach-form-requested";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = FormMailFacts.Title(request);
        var reminder = request.Data["reminder"]?.GetValue<bool>() == true;
        var body = new MailBody()
            .Paragraph(text["Hello,"])
            .Paragraph(reminder ? text["A reminder: the form “{0}” is waiting for your answers.", title] : text["Please answer the form “{0}”.", title]);
        if (request.Optional("company") is { } company)
        {
            body.Fact(text["Company:"], company);
        }

        if (FormMailFacts.DueAt(request) is { } due)
        {
            // Date and time, as the company's form e-mails and the session facts give them; no countdown.
            body.Fact(text["Due:"], request.DateAndTime(due));
        }

        return body
            .Link(text["Answer the form"], request.Links.To($"/coach/forms/{request.IdOf("requestId"):D}"))
            .Build(reminder ? text["Reminder: “{0}”", title] : text["Form to answer: “{0}”", title], text["The Cohorts team"]);
    }
}
