using Cohorts.Workflows.Evaluations;

namespace Cohorts.Host.Api.Evaluations;

/// <summary>A cohort's application call.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="FormId">The form answered.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="ClosesAt">Its deadline, if any.</param>
/// <param name="ClosedAt">When the manager closed it, if they did.</param>
/// <param name="Open">Whether it takes applications now.</param>
/// <param name="Token">The public link's token: only in the answer that opened it (it is not kept).</param>
/// <param name="Url">The public link: only in the answer that opened it.</param>
public sealed record CallResponse(Guid CohortId, string FormId, DateTimeOffset OpenedAt, DateTimeOffset? ClosesAt, DateTimeOffset? ClosedAt, bool Open, string? Token = null, string? Url = null)
{
    /// <summary>Describes a call at <paramref name="now"/>.</summary>
    public static CallResponse Of(ApplicationCall call, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new(call.CohortId, call.FormId, call.OpenedAt, call.ClosesAt, call.ClosedAt, call.IsOpenAt(now));
    }
}
