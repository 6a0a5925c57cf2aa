using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Workflows.Forms;

namespace Cohorts.Workflows.Metrics;

/// <summary>
/// Reads and writes a question's <c>"metric"</c> (docs/domain.md, "Metrics"), for <see cref="FormReader"/> and
/// <see cref="FormJson"/>: every problem by its JSON path (<c>questions[3].metric.aggregation</c>).
/// </summary>
internal static class MetricJson
{
    private static readonly string[] Properties = ["id", "label", "aggregation", "baseline", "unit"];

    /// <summary>Reads the metric of a question of <paramref name="kind"/>, if it declares one; adds its problems.</summary>
    public static MetricDeclaration? Read(JsonElement question, QuestionKind kind, string? currency, string path, List<KeyValuePair<string, string>> problems)
    {
        if (!question.TryGetProperty("metric", out var metric) || metric.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var at = $"{path}.metric";
        if (kind is not QuestionKind.Number and not QuestionKind.Amount)
        {
            problems.Add(new(at, $"Only a number or an amount question is a metric, not a {FormKinds.NameOf(kind)} question."));
            return null;
        }

        if (metric.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(at, "A metric is a JSON object: {\"id\": \"jobs-created\", \"aggregation\": \"sum\"}."));
            return null;
        }

        var before = problems.Count;
        FormReader.Unknown(metric, Properties, at + ".", problems);
        var id = FormReader.Id(metric, "id", $"{at}.id", problems);
        var label = FormReader.Text(metric, "label", $"{at}.label", FormLimits.MaxLabelLength, required: false, problems);
        var aggregation = Aggregation(metric, $"{at}.aggregation", problems);
        var baseline = FormReader.Number(metric, "baseline", $"{at}.baseline", problems);
        var unit = Unit(metric, kind, $"{at}.unit", problems);
        if (kind == QuestionKind.Amount && currency is null)
        {
            problems.Add(new($"{path}.currency", "An amount metric has one currency: give the question's currency (EUR, USD); amounts in different currencies are not added."));
        }

        return problems.Count > before || id is null || aggregation is null
            ? null
            : new MetricDeclaration(id, label, aggregation.Value, baseline, unit);
    }

    /// <summary>Adds a problem when another question of the form already declares the metric's id.</summary>
    public static void CheckUnique(FormQuestion question, string path, HashSet<string> seen, List<KeyValuePair<string, string>> problems)
    {
        if (question.Metric is { } metric && !seen.Add(metric.Id))
        {
            problems.Add(new($"{path}.metric.id", $"Another question declares the metric '{metric.Id}'; each metric is one question's."));
        }
    }

    /// <summary>Gets the metric as its canonical JSON object.</summary>
    public static JsonObject ToNode(MetricDeclaration metric)
    {
        var node = new JsonObject { ["id"] = metric.Id };
        if (metric.Label is { } label)
        {
            node["label"] = new JsonObject { ["en"] = label.En, ["fr"] = label.Fr };
        }

        node["aggregation"] = MetricAggregations.NameOf(metric.Aggregation);
        if (metric.Baseline is { } baseline)
        {
            node["baseline"] = baseline;
        }

        if (metric.Unit is { } unit)
        {
            node["unit"] = unit;
        }

        return node;
    }

    private static MetricAggregation? Aggregation(JsonElement metric, string path, List<KeyValuePair<string, string>> problems)
    {
        var allowed = $"The aggregations are {string.Join(", ", MetricAggregations.Names)}.";
        if (!metric.TryGetProperty("aggregation", out var value) || value.ValueKind != JsonValueKind.String)
        {
            problems.Add(new(path, $"A metric has an aggregation. {allowed}"));
            return null;
        }

        if (MetricAggregations.TryParse(value.GetString(), out var aggregation))
        {
            return aggregation;
        }

        problems.Add(new(path, $"Unknown aggregation '{value.GetString()}'. {allowed}"));
        return null;
    }

    private static string? Unit(JsonElement metric, QuestionKind kind, string path, List<KeyValuePair<string, string>> problems)
    {
        if (!metric.TryGetProperty("unit", out var value))
        {
            return null;
        }

        if (kind == QuestionKind.Amount)
        {
            problems.Add(new(path, "An amount metric's unit is its currency; a unit is for a number question."));
            return null;
        }

        var unit = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        if (string.IsNullOrEmpty(unit) || unit.Length > MetricLimits.MaxUnitLength)
        {
            problems.Add(new(path, $"A unit is a text of 1 to {MetricLimits.MaxUnitLength} characters (jobs, m²)."));
            return null;
        }

        return unit;
    }
}
