using System.Globalization;
using Cohorts.Host.Access;
using Cohorts.Workflows.Forms.Aggregation;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Reporting.FormSynthesis;

/// <summary>Reads and sums up a form's answers for the API and the page: the reader's cohorts from <see cref="UserAccess.RequireAnswerReaderAsync"/>, then one read and one pass.</summary>
public sealed class FormSummaryQuery(UserAccess access, FormAnswersReader reader)
{
    /// <summary>The summary and what it was made from.</summary>
    /// <remarks>With <paramref name="sessionId"/>, only the answers about that event (404 at <c>sessionId</c> when it is none of the reader's cohorts).</remarks>
    /// <exception cref="DomainRuleException">No such form, cohort or event (404); a bad <c>by</c> or <c>q</c> (400).</exception>
    /// <exception cref="AccessDeniedException">The user neither manages the programme nor funds a cohort of it.</exception>
    public Task<(FormAnswersScope Scope, AnswerSummary Summary)> RunAsync(string programmeId, string formId, Guid? cohortId, string? by, string? q, CancellationToken cancellationToken = default) =>
        RunAsync(programmeId, formId, cohortId, null, by, q, cancellationToken);

    /// <summary>The summary of the answers about one event (<paramref name="sessionId"/>; null: all), and what it was made from.</summary>
    /// <exception cref="DomainRuleException">No such form, cohort or event (404); a bad <c>by</c> or <c>q</c> (400).</exception>
    /// <exception cref="AccessDeniedException">The user neither manages the programme nor funds a cohort of it.</exception>
    public async Task<(FormAnswersScope Scope, AnswerSummary Summary)> RunAsync(string programmeId, string formId, Guid? cohortId, Guid? sessionId, string? by, string? q, CancellationToken cancellationToken = default)
    {
        if (q?.Trim().Length > AggregationLimits.MaxSearchLength)
        {
            throw new DomainRuleException("q", $"A search has at most {AggregationLimits.MaxSearchLength} characters.");
        }

        var cohorts = await access.RequireAnswerReaderAsync(programmeId, cohortId, cancellationToken);
        var scope = await reader.ReadAsync(programmeId, formId, cohorts, sessionId, cancellationToken);
        var summary = FormAggregator.Aggregate(scope.Form, scope.Rows, Breakdown.Parse(by, scope.Form), q);
        return (scope, summary);
    }

    /// <summary>Switches the request to <paramref name="lang"/> (<c>en</c> or <c>fr</c>) when given, as <c>?lang=</c> asks.</summary>
    /// <exception cref="DomainRuleException">Another language (400 at <c>lang</c>).</exception>
    public static void UseLanguage(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang))
        {
            return;
        }

        var culture = lang.Trim().ToLowerInvariant() switch
        {
            "en" => CultureInfo.GetCultureInfo("en"),
            "fr" => CultureInfo.GetCultureInfo("fr"),
            _ => throw new DomainRuleException("lang", "The language is en or fr."),
        };
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}
