using Cohorts.Host.Localization;
using Cohorts.Host.Reporting.Documents;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.TravelBook;

/// <summary>
/// Writes a travel book in the reader's language as a <see cref="ReportContent"/> (the Word and PDF writers lay it out):
/// the visits (date, visit, host, town), each visit with its participants' analyses, then the cross-cutting lessons.
/// </summary>
public sealed class TravelBookContentBuilder(IStringLocalizer<TravelBookText> text, HumanText human)
{
    /// <summary>Builds the content; <paramref name="language"/> picks the forms' texts (<c>fr</c> or <c>en</c>).</summary>
    public ReportContent Build(TravelBookData book, string language, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(book);
        List<ReportSection> sections =
        [
            new ReportSection(
                text["Visits"],
                book.Visits.Count == 0 ? [text["No visit is planned yet."]] : [],
                book.Visits.Count == 0
                    ? null
                    : new ReportTable(
                        [text["Date"], text["Visit"], text["Host"], text["Town"], text["Participants present"]],
                        [.. book.Visits.Select(v => (IReadOnlyList<string>)[human.Date(v.PlannedAt), v.Title, Hosts(v), v.Town ?? "—", v.Present?.ToString(human.Culture) ?? text["not recorded yet"]])])),
        ];
        sections.AddRange(book.Visits.Select(v => Visit(v, language)));
        sections.Add(new ReportSection(text["Cross-cutting lessons"], Lessons(book, language), null));
        return new ReportContent(
            text["Travel book"],
            text["{0}, {1}: from {2} to {3}", book.ProgrammeName, book.CohortName, human.Date(book.StartDate), human.Date(book.EndDate)],
            sections,
            text["Written on {0} from the visits recorded and the answers received.", human.Date(now)]);
    }

    private ReportSection Visit(TravelBookVisit visit, string language)
    {
        List<string> paragraphs = [text["{0}, {1}. Host: {2}.", human.Date(visit.PlannedAt), visit.Town ?? "—", Hosts(visit)]];
        if (visit.Analyses.Count == 0)
        {
            paragraphs.Add(text["No analysis received yet."]);
        }

        foreach (var analysis in visit.Analyses)
        {
            paragraphs.Add(text["Analysis by {0}", analysis.Author]);
            paragraphs.AddRange(analysis.Texts.Select(t => text["{0}: {1}", t.Question.In(language), t.Text.In(language)].Value));
        }

        return new ReportSection(text["{0}: analyses", visit.Title], paragraphs, null);
    }

    private List<string> Lessons(TravelBookData book, string language)
    {
        if (book.Lessons.Count == 0)
        {
            return [text["The programme has no lessons form."]];
        }

        List<string> paragraphs = [];
        var number = 0;
        foreach (var lesson in book.Lessons)
        {
            paragraphs.Add(text["{0}. {1}", ++number, lesson.Lesson.In(language)]);
            if (lesson.Texts.Count > 0)
            {
                paragraphs.AddRange(lesson.Texts.Select(t => t.In(language)));
            }
            else
            {
                paragraphs.Add(lesson.Suggestion is { } suggestion
                    ? text["Not written yet. {0}", suggestion.In(language)]
                    : text["Not written yet."]);
            }
        }

        return paragraphs;
    }

    private string Hosts(TravelBookVisit visit) => visit.Hosts.Count == 0 ? text["not named"] : string.Join(", ", visit.Hosts);
}
