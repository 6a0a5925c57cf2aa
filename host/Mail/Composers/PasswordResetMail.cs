namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>password-reset</c>, to an account's address when someone asks to reset its password (rows written by the accounts'
/// reset service). Data: <c>{ "url": absolute reset link, "expiresAt": ISO instant, "culture": "en|fr" }</c>.
/// </summary>
internal sealed class PasswordResetMail : IMailComposer
{
    public string Kind => "password-reset";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var expiresAt = request.Instant("expiresAt");
        return new MailBody()
            .Paragraph(request.T("Hello,"))
            .Paragraph(request.T("Someone asked to reset the password of your Cohorts account."))
            .Paragraph(request.T("The link below works until {0} ({1}).", request.DateAndTime(expiresAt), request.Dates.Relative(expiresAt)))
            .Link(request.T("Choose a new password"), request.Optional("url") ?? request.Required("link"))
            .Paragraph(request.T("If you did not ask for it, ignore this message: your password stays as it is."))
            .Build(request.T("Reset your Cohorts password"), request.T("The Cohorts team"));
    }
}
