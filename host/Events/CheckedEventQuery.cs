using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Events;

/// <summary>A checked <see cref="EventListQuery"/>.</summary>
/// <param name="Kind">Only this kind, if given.</param>
/// <param name="Past">True: only past events; false: only upcoming ones; null: all.</param>
/// <param name="Sort">The order: date, kind, title or place.</param>
/// <param name="Descending">Whether the order is reversed.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Events per page.</param>
public sealed record CheckedEventQuery(SessionKind? Kind, bool? Past, string Sort, bool Descending, int Page, int PageSize);
