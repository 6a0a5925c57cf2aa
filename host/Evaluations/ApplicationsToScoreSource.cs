using Cohorts.Host.Inbox;
using Cohorts.Host.Localization;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Evaluations;

/// <summary>An evaluator's applications still to score in the rounds open (whatever their role): what brings them to their scoring pages.</summary>
public sealed class ApplicationsToScoreSource(EvaluatorWork work, IStringLocalizer<ScreeningText> text) : IInboxSource
{
    /// <summary>The kind of these items in <c>GET /api/inbox</c>.</summary>
    public const string Kind = "application-to-score";

    /// <inheritdoc />
    public async Task<IReadOnlyList<InboxItem>> ItemsAsync(CancellationToken cancellationToken) =>
        [.. (await work.AssignmentsAsync(cancellationToken))
            .Where(a => !a.Complete)
            .Select(a => new InboxItem(Kind, text["Score the application of {0} ({1}, round {2})", a.CompanyName, a.CohortName, a.Round.Number], $"/evaluations/{a.Round.Id}/{a.CompanyId}", null, false))];
}
