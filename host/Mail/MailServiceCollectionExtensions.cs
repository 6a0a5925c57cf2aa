using Cohorts.Engine.Runtime;
using Cohorts.Host.Mail.Composers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Mail;

/// <summary>Registers the mail sender.</summary>
internal static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Adds the mail outbox's sender (SMTP with <c>Cohorts:Mail:Host</c>, else the pickup folder), its composers and
    /// its settings, validated at start.
    /// </summary>
    public static IServiceCollection AddCohortsMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();
        services.TryAddSingleton<IRecipientLanguage, IdentityRecipientLanguage>();
        services.TryAddSingleton<IMailTransport>(provider => provider.GetRequiredService<IOptions<MailOptions>>().Value.UsesSmtp
            ? ActivatorUtilities.CreateInstance<SmtpMailTransport>(provider)
            : ActivatorUtilities.CreateInstance<PickupMailTransport>(provider));
        services.AddSingleton<MailRecipients>();
        services.AddSingleton<MailRenderer>();
        services.AddSingleton<MailSender>();
        services.AddSingleton<MailNudge>();
        services.AddSingleton<IWorkflowCommitObserver>(provider => provider.GetRequiredService<MailNudge>());
        foreach (var composer in new[]
        {
            typeof(OutcomeReminderMail), typeof(OutcomeEscalationMail), typeof(MilestoneDueSoonMail), typeof(MilestoneOverdueMail),
            typeof(ScreeningDecisionMail), typeof(SessionPlannedMail), typeof(SessionMovedMail), typeof(SessionRescheduledMail),
            typeof(SessionCancelledMail), typeof(SessionHandedOverMail), typeof(CompanySessionPlannedMail), typeof(CompanySessionHandedOverMail), typeof(CompanySessionRescheduledMail), typeof(CompanySessionCancelledMail),
            typeof(InvitationMail), typeof(PasswordResetMail),
            typeof(PortalLinkMail), typeof(FormRequestedMail), typeof(FormReminderMail),
            typeof(FormEscalationMail), typeof(CoachFormRequestedMail),
        })
        {
            services.AddSingleton(typeof(IMailComposer), composer);
        }

        services.AddHostedService<MailSenderService>();
        return services;
    }
}
