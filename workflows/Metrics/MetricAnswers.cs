using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Workflows.Forms;

namespace Cohorts.Workflows.Metrics;

/// <summary>Takes a metric's values out of stored answers: the number, or the amount in the metric's currency.</summary>
internal static class MetricAnswers
{
    /// <summary>Gets each answer's value for <paramref name="metric"/>, and how many were left out for their currency.</summary>
    public static (List<MetricObservation> Observations, int Ignored) Observe(MetricDefinition metric, IEnumerable<FormAnswer> answers)
    {
        var observations = new List<MetricObservation>();
        var ignored = 0;
        foreach (var answer in answers)
        {
            if (!metric.Sources.TryGetValue((answer.FormId, answer.FormVersion), out var questionId)
                || JsonNode.Parse(answer.Json) is not JsonObject set
                || !set.TryGetPropertyValue(questionId, out var node)
                || node is null)
            {
                continue;
            }

            var respondent = answer.CompanyId?.ToString() ?? $"answer-{answer.Id}";
            if (Number(node) is { } number)
            {
                observations.Add(new MetricObservation(respondent, answer.SubmittedAt, answer.Id, number));
            }
            else if (node is JsonObject amount && amount["amount"] is { } sum && Number(sum) is { } money)
            {
                var currency = amount["currency"] is { } c && c.GetValueKind() == JsonValueKind.String ? c.GetValue<string>() : null;
                if (metric.Currency is null || currency == metric.Currency)
                {
                    observations.Add(new MetricObservation(respondent, answer.SubmittedAt, answer.Id, money));
                }
                else
                {
                    ignored++;
                }
            }
        }

        return (observations, ignored);
    }

    private static decimal? Number(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.Number && decimal.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
