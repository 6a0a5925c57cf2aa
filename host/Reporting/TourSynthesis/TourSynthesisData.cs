using Cohorts.Host.Reporting.FormSynthesis;
using Cohorts.Workflows.Forms.Aggregation;

namespace Cohorts.Host.Reporting.TourSynthesis;

/// <summary>What a tour's synthesis is written from: its figures, and its needs questionnaire's answers summed up whole, by town and by sector.</summary>
/// <param name="CohortName">The cohort's name.</param>
/// <param name="ProgrammeName">The programme's name.</param>
/// <param name="TimeZoneId">The programme's time zone (the stops' dates).</param>
/// <param name="Figures">The tour's figures.</param>
/// <param name="Scope">The questionnaire's answers read.</param>
/// <param name="All">Every answer together.</param>
/// <param name="ByTown">The answers by the company's town.</param>
/// <param name="BySector">The answers by the company's sector.</param>
public sealed record TourSynthesisData(
    string CohortName,
    string ProgrammeName,
    string TimeZoneId,
    TourFigures Figures,
    FormAnswersScope Scope,
    AnswerSummary All,
    AnswerSummary ByTown,
    AnswerSummary BySector);
