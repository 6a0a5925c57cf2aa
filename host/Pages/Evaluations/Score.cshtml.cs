using System.Globalization;
using Cohorts.Host.Evaluations;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Evaluations;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Evaluations;

/// <summary>An evaluator's scoring page: the application (company and answers) and the rubric, each criterion's score and comment.</summary>
[Authorize]
public sealed class ScoreModel(EvaluatorWork work, IStringLocalizer<ScreeningText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid RoundId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid CompanyId { get; set; }

    public EvaluationRound Round { get; private set; } = null!;

    public ApplicationRecord Application { get; private set; } = null!;

    /// <summary>Gets the reader's scores by criterion (what they gave, or what they just typed).</summary>
    public Dictionary<string, (string Value, string Comment)> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the problems by field name (<c>score-{criterionId}</c>, <c>comment-{criterionId}</c>).</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets a value indicating whether the reader may score it (else a manager reading it).</summary>
    public bool CanScore { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var mine = await LoadAsync(cancellationToken);
        foreach (var score in mine?.Scores ?? [])
        {
            Values[score.CriterionId] = (score.Value.ToString(CultureInfo.InvariantCulture), score.Comment ?? string.Empty);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var scores = new List<ScoreInput?>();
        foreach (var criterion in Round.Rubric.Criteria)
        {
            var value = Request.Form[$"score-{criterion.Id}"].ToString().Trim();
            var comment = Request.Form[$"comment-{criterion.Id}"].ToString();
            Values[criterion.Id] = (value, comment);
            if (value.Length > 0)
            {
                scores.Add(new ScoreInput(criterion.Id, int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : int.MinValue, comment));
            }
        }

        try
        {
            await work.ScoreAsync(RoundId, CompanyId, scores, cancellationToken);
            Notice = text["Your scores are saved."];
            return RedirectToPage(new { RoundId, CompanyId });
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            foreach (var (path, messages) in rule.Errors)
            {
                var key = path.StartsWith("scores[", StringComparison.Ordinal) && int.TryParse(path["scores[".Length..path.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture, out var i) && i < scores.Count
                    ? (path.EndsWith(".comment", StringComparison.Ordinal) ? "comment-" : "score-") + scores[i]!.CriterionId
                    : "scores";
                Errors[key] = path == "scores" ? text["Score at least one criterion."] : ScreeningMessages.Say(path, messages[0], rule.IsConflict, null, text);
            }

            return Page();
        }
    }

    private async Task<Assignment?> LoadAsync(CancellationToken cancellationToken)
    {
        var (round, application, mine) = await work.ReadAsync(RoundId, CompanyId, cancellationToken);
        (Round, Application, CanScore) = (round, application, mine is not null && !round.IsClosed);
        return mine;
    }
}
