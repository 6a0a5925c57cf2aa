namespace Cohorts.Host.Mail;

/// <summary>Renders one kind of e-mail (<c>outcome-reminder</c>, <c>invitation</c>…) from its outbox data.</summary>
public interface IMailComposer
{
    /// <summary>Gets the kind it renders, as written in the outbox row.</summary>
    string Kind { get; }

    /// <summary>Renders the message, in <see cref="MailRequest.Culture"/>.</summary>
    MailContent Compose(MailRequest request);
}
