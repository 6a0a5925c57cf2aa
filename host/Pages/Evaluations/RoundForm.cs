using System.Globalization;
using Cohorts.Workflows.Evaluations;

namespace Cohorts.Host.Pages.Evaluations;

/// <summary>The page's form opening a round: a name, up to five criteria (blank rows ignored), evaluators one per line.</summary>
public sealed class RoundForm
{
    public string? Name { get; set; }

    public List<CriterionRow> Criteria { get; set; } = [];

    /// <summary>Gets or sets the evaluators' e-mail addresses, one per line.</summary>
    public string? Evaluators { get; set; }

    /// <summary>A form with two criteria to start from.</summary>
    public static RoundForm Default() => new()
    {
        Criteria = [.. Enumerable.Range(0, RoundsModel.CriterionRows).Select(_ => new CriterionRow())],
    };

    /// <summary>The model-state key of a path the domain names (<c>criteria[1].weight</c>: <c>Form.Criteria[1].Weight</c>).</summary>
    public string Key(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.StartsWith("criteria[", StringComparison.Ordinal) && path.Split('.') is [var row, .. var rest] && rest.Length > 0
            && int.TryParse(row["criteria[".Length..^1], CultureInfo.InvariantCulture, out var sent))
        {
            // The domain counts the rows sent; the page shows blank rows too.
            var index = Criteria.Select((c, i) => (c, i)).Where(x => !x.c.IsBlank).Select(x => x.i).ElementAtOrDefault(sent);
            var field = rest[0] switch { "label" => rest.Length > 1 && rest[1] == "fr" ? "LabelFr" : "LabelEn", var other => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(other) };
            return $"Form.Criteria[{index}].{field}";
        }

        return path switch
        {
            "name" => "Form.Name",
            _ when path.StartsWith("evaluators", StringComparison.Ordinal) => "Form.Evaluators",
            "criteria" => "Form.Criteria",
            _ => string.Empty,
        };
    }

    /// <summary>The plan the domain checks.</summary>
    public RoundPlan ToPlan() => new(
        Name,
        [.. Criteria.Where(c => !c.IsBlank).Select(c => (CriterionInput?)new CriterionInput(c.Id?.Trim(), new LabelInput(c.LabelEn, c.LabelFr), c.Weight, c.Min, c.Max))],
        [.. (Evaluators ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => (EvaluatorInput?)new EvaluatorInput(e))]);
}
