using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Workflows.Forms;

namespace Cohorts.Host.Evaluations;

/// <summary>Says an answer for a reader (an evaluator, a manager): option labels in their language, numbers and amounts in their culture.</summary>
public static class AnswerText
{
    /// <summary>The answer to <paramref name="question"/> in <paramref name="answers"/>, or null when it has none.</summary>
    public static string? Say(FormQuestion question, JsonObject answers, string language, string yes, string no)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answers);
        if (!answers.TryGetPropertyValue(question.Id, out var value) || value is null)
        {
            return null;
        }

        string Option(string? id) => question.Options.FirstOrDefault(o => o.Id == id)?.Label.In(language) ?? id ?? string.Empty;
        return question.Kind switch
        {
            QuestionKind.SingleChoice => Option(value.GetValue<string>()),
            QuestionKind.MultipleChoice => string.Join(", ", value.AsArray().Select(v => Option(v?.GetValue<string>()))),
            QuestionKind.YesNo => value.GetValueKind() == JsonValueKind.True ? yes : no,
            QuestionKind.Scale or QuestionKind.Number => Number(value),
            QuestionKind.Amount => $"{Number(value["amount"])} {value["currency"]?.GetValue<string>()}",
            _ => value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString(),
        };
    }

    private static string Number(JsonNode? value) =>
        value is not null && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("#,##0.##", CultureInfo.CurrentCulture)
            : value?.ToJsonString() ?? string.Empty;
}
