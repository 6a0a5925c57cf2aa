using Cohorts.Host.Localization;
using Cohorts.Host.Reporting.Documents;
using Cohorts.Host.Reporting.FormSynthesis;
using Cohorts.Workflows.Forms.Aggregation;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.TourSynthesis;

/// <summary>
/// Writes a tour's synthesis for the ministry as a <see cref="ReportContent"/> in the reader's language (laid out by the
/// Word and PDF writers): the tour in figures and its stops held; the skills framework (the skills sought, ranked by how
/// many companies seek each, then per town and per sector); then the needs per theme, each question of the needs
/// questionnaire as the form synthesis gives it (<see cref="SynthesisContentBuilder"/>).
/// </summary>
/// <param name="text">The tour's texts.</param>
/// <param name="synthesis">The form synthesis' texts.</param>
/// <param name="human">Dates and counts in the reader's culture and the programme's zone.</param>
public sealed class TourSynthesisBuilder(IStringLocalizer<TourText> text, IStringLocalizer<SynthesisText> synthesis, HumanText human)
{
    /// <summary>The skills named per town or sector: the most sought.</summary>
    public const int SkillsPerGroup = 3;

    /// <summary>Builds the synthesis.</summary>
    public ReportContent Build(TourSynthesisData data, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(data);
        var labels = new SummaryLabels(data.All, synthesis, human.Culture);
        var figures = data.Figures;
        var sections = new List<ReportSection>
        {
            new(
                text["The tour in figures"],
                [
                    text["Stops held: {0} of {1} planned.", labels.Count(figures.StopsHeld), labels.Count(figures.StopsPlanned)],
                    text["Companies met: {0} ({1} in the cohort).", labels.Count(figures.CompaniesMet), labels.Count(figures.Companies)],
                    text["Needs questionnaires: {0} answered of {1} sent.", labels.Count(data.All.All.Respondents), labels.Count(data.Scope.Asked)],
                ],
                new ReportTable(
                    [text["Stop"], text["Date"], text["Town"], text["Companies present"]],
                    [.. figures.Held.Select(s => (IReadOnlyList<string>)[s.Title, human.Date(s.PlannedAt), s.Town ?? "—", labels.Count(s.Present)])])),
        };
        sections.AddRange(Framework(data, labels));
        sections.Add(new ReportSection(text["Needs per theme"], [text["Each question of the needs questionnaire, as the companies answered it."]], null));
        sections.AddRange(new SynthesisContentBuilder(synthesis, human).Build(data.Scope, data.All, at).Sections.Skip(1));
        return new ReportContent(
            text["Synthesis for the ministry: {0}", data.ProgrammeName],
            text["{0} — skills framework and needs of the companies met", data.CohortName],
            sections,
            text["Figures as of {0}.", human.Date(at)]);
    }

    private IEnumerable<ReportSection> Framework(TourSynthesisData data, SummaryLabels labels)
    {
        var skills = Skills(data.All.All);
        if (skills is null)
        {
            yield return new ReportSection(text["Skills framework"], [text["The questionnaire has no question on the skills sought."]], null);
            yield break;
        }

        var ranked = skills.Options.Where(o => o.Count > 0).OrderByDescending(o => o.Count).ThenBy(o => o.OptionId, StringComparer.Ordinal).ToList();
        yield return new ReportSection(
            text["Skills framework: the skills sought"],
            [text["Ranked by how many companies seek each skill ({0} answered).", labels.Count(skills.Answered)]],
            new ReportTable(
                [text["Rank"], text["Skill"], text["Companies"], text["Share"]],
                [.. ranked.Select((o, i) => (IReadOnlyList<string>)[labels.Count(i + 1), labels.Option(TourSynthesisReader.SkillsQuestionId, o.OptionId), labels.Count(o.Count), labels.Share(o.Share)])]));
        yield return ByGroup(text["Skills sought by town"], text["Town"], data.ByTown);
        yield return ByGroup(text["Skills sought by sector"], text["Sector"], data.BySector);
    }

    private ReportSection ByGroup(string heading, string groupHeader, AnswerSummary summary)
    {
        var labels = new SummaryLabels(summary, synthesis, human.Culture);
        var rows = summary.Groups
            .Select(g => (Group: g, Skills: Skills(g)))
            .Select(g => (IReadOnlyList<string>)[
                labels.Group(g.Group),
                labels.Count(g.Group.Respondents),
                string.Join(", ", (g.Skills?.Options ?? []).Where(o => o.Count > 0).OrderByDescending(o => o.Count).ThenBy(o => o.OptionId, StringComparer.Ordinal).Take(SkillsPerGroup)
                    .Select(o => text["{0} ({1})", labels.Option(TourSynthesisReader.SkillsQuestionId, o.OptionId), labels.Count(o.Count)].Value))]);
        return new ReportSection(heading, [], new ReportTable([groupHeader, text["Questionnaires"], text["Skills most sought"]], [.. rows]));
    }

    private static QuestionSummary? Skills(GroupSummary group) =>
        group.Questions.FirstOrDefault(q => q.QuestionId == TourSynthesisReader.SkillsQuestionId && q.Options.Count > 0);
}
