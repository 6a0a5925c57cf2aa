using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Aggregation;

namespace Cohorts.Host.Reporting.FormSynthesis;

/// <summary>The summary of a form's answers (docs/domain.md, "Answers: summary and synthesis").</summary>
/// <param name="FormId">The form's id.</param>
/// <param name="Version">Its latest version, whose questions are summed up.</param>
/// <param name="Name">Its name.</param>
/// <param name="Asked">How many requests of it (not withdrawn) the reader's scope holds.</param>
/// <param name="Answered">How many answer sets.</param>
/// <param name="By">The breakdown (<c>cohort</c>, <c>town</c>, <c>sector</c> or a question id), if any.</param>
/// <param name="Q">The text search, if any.</param>
/// <param name="All">Every answer set together.</param>
/// <param name="Groups">The groups, largest first.</param>
public sealed record SummaryResponse(string FormId, int Version, FormLabel Name, int Asked, int Answered, string? By, string? Q, GroupSummary All, IReadOnlyList<GroupSummary> Groups)
{
    /// <summary>The response for a summary.</summary>
    public static SummaryResponse Of(FormAnswersScope scope, AnswerSummary summary)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(summary);
        return new(summary.Form.Id, scope.Version, summary.Form.Name, scope.Asked, summary.All.Respondents, summary.Breakdown.Text, summary.Search, summary.All, summary.Groups);
    }
}
