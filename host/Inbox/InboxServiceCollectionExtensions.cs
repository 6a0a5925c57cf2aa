using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cohorts.Host.Inbox;

/// <summary>Registers the inbox (one source per kind), the notifications and the history readers, per request.</summary>
public static class InboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds the inbox's sources, reader and notification center. Another feature adds a kind with
    /// <c>services.AddScoped&lt;IInboxSource, ItsSource&gt;()</c> (the administrators' pending invitations, for one).
    /// </summary>
    public static IServiceCollection AddCohortsInbox(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInboxSource, OutcomesToRecordSource>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInboxSource, ApplicationsToScreenSource>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInboxSource, MilestonesToDecideSource>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInboxSource, LateOutcomesSource>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInboxSource, IncidentsSource>());
        services.TryAddScoped<InboxReader>();
        services.TryAddScoped<NotificationCenter>();
        services.TryAddScoped<Audit.CohortHistory>();
        services.TryAddScoped<Audit.HistoryWords>();
        return services;
    }
}
