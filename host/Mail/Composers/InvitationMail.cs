namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>invitation</c>, to a person invited to an account (rows written by the accounts' invitation service). Data:
/// <c>{ "url": absolute accept link, "role": "manager|coach|funder|administrator", "invitedBy": name, "expiresAt": ISO
/// instant, "culture": "en|fr", "name"?, "cohort"? }</c>: a cohort's coach, funder or evaluator is told which cohort.
/// </summary>
internal sealed class InvitationMail : IMailComposer
{
    public string Kind => "invitation";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var expiresAt = request.Instant("expiresAt");
        // The role carries its "as" ("en tant que"), so that French elides it before a vowel: "en tant qu’administrateur".
        var role = request.T(Identity.Accounts.RolePhrases.As(request.Required("role")));
        var greeting = request.Optional("name") is { } name ? request.T("Hello {0},", name) : request.T("Hello,");
        var invitation = (request.Optional("invitedBy"), request.Optional("cohort")) switch
        {
            ({ } by, { } cohort) => request.T("{0} invites you to Cohorts {1}, for the cohort “{2}”.", by, role, cohort),
            ({ } by, null) => request.T("{0} invites you to Cohorts {1}.", by, role),
            (null, { } cohort) => request.T("You are invited to Cohorts {0}, for the cohort “{1}”.", role, cohort),
            _ => request.T("You are invited to Cohorts {0}.", role),
        };
        return new MailBody()
            .Paragraph(greeting)
            .Paragraph(invitation)
            .Paragraph(request.T("The invitation is valid until {0} ({1}).", request.DateAndTime(expiresAt), request.Dates.Relative(expiresAt)))
            .Link(request.T("Accept the invitation"), request.Optional("url") ?? request.Required("link"))
            .Build(request.T("Your invitation to Cohorts"), request.T("The Cohorts team"));
    }
}
