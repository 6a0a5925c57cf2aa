using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Workflows.Services;

namespace Cohorts.Workflows.Forms;

/// <summary>
/// Checks an answer set (a JSON object, question id → value) against a form version: every problem by its path
/// (<c>answers.revenue</c>): a missing required answer, a value of the wrong type, an unknown option, a scale out of
/// range, an amount without its currency, an answer to no question. Pure: stores nothing.
/// </summary>
/// <remarks>
/// Values by kind: texts and file references are strings, a single choice is an option id, a multiple choice an array
/// of distinct option ids, a scale a whole number, a number a number, an amount <c>{"amount": 1200.50, "currency":
/// "EUR"}</c>, a date <c>"2026-03-31"</c>, yes/no <c>true</c> or <c>false</c>. A null or absent value is no answer.
/// </remarks>
public static class AnswerValidator
{
    /// <summary>The path of the answer set itself; each answer's is <c>answers.{questionId}</c>.</summary>
    public const string Root = "answers";

    /// <summary>Lists every problem of <paramref name="answers"/> against <paramref name="form"/> (none: the set is valid).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Validate(FormDefinition form, JsonNode? answers)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<KeyValuePair<string, string>>();
        if (answers is not JsonObject set)
        {
            problems.Add(new(Root, "The answers are a JSON object: each question's id with its answer."));
            return problems;
        }

        var questions = form.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        foreach (var (id, _) in set.Where(a => !questions.ContainsKey(a.Key)))
        {
            problems.Add(new($"{Root}.{id}", $"The form '{form.Id}' has no question '{id}'."));
        }

        foreach (var question in form.Questions)
        {
            var path = $"{Root}.{question.Id}";
            var value = set.TryGetPropertyValue(question.Id, out var node) ? node : null;
            if (value is null)
            {
                if (question.Required)
                {
                    problems.Add(new(path, "An answer is required."));
                }

                continue;
            }

            if (Check(question, value) is { } problem)
            {
                problems.Add(new(path, problem));
            }
        }

        return problems;
    }

    private static string? Check(FormQuestion question, JsonNode value) => question.Kind switch
    {
        QuestionKind.ShortText => Text(value, FormLimits.MaxShortTextAnswer, question.Required),
        QuestionKind.LongText => Text(value, FormLimits.MaxLongTextAnswer, question.Required),
        QuestionKind.SingleChoice => SingleChoice(question, value),
        QuestionKind.MultipleChoice => MultipleChoice(question, value),
        QuestionKind.Scale => Scale(question, value),
        QuestionKind.Number => Number(question, value),
        QuestionKind.Amount => Amount(question, value),
        QuestionKind.Date => Date(value),
        QuestionKind.YesNo => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? null : "The answer is true (yes) or false (no).",
        QuestionKind.File => Text(value, FormLimits.MaxFileReferenceLength, required: true) is null ? null : $"The answer names a stored file (a text of at most {FormLimits.MaxFileReferenceLength} characters).",
        _ => $"Unknown kind {question.Kind}.",
    };

    private static string? Text(JsonNode value, int maxLength, bool required)
    {
        if (value.GetValueKind() != JsonValueKind.String)
        {
            return "The answer is a text.";
        }

        var text = value.GetValue<string>();
        return required && string.IsNullOrWhiteSpace(text) ? "An answer is required."
            : LimitMessages.ForText(text, maxLength);
    }

    private static string? SingleChoice(FormQuestion question, JsonNode value) =>
        value.GetValueKind() != JsonValueKind.String ? $"The answer is one option's id: {OptionIds(question)}."
        : Option(question, value.GetValue<string>());

    private static string? MultipleChoice(FormQuestion question, JsonNode value)
    {
        if (value is not JsonArray chosen || chosen.Any(c => c?.GetValueKind() != JsonValueKind.String))
        {
            return $"The answer is a list of option ids: {OptionIds(question)}.";
        }

        var ids = chosen.Select(c => c!.GetValue<string>()).ToList();
        if (ids.Count != ids.Distinct(StringComparer.Ordinal).Count())
        {
            return "Each option is chosen at most once.";
        }

        if (question.Required && ids.Count == 0)
        {
            return "An answer is required: at least one option.";
        }

        return ids.Select(id => Option(question, id)).FirstOrDefault(p => p is not null);
    }

    private static string? Option(FormQuestion question, string id) =>
        question.Options.Any(o => o.Id == id) ? null : $"Unknown option '{id}'; the options are {OptionIds(question)}.";

    private static string OptionIds(FormQuestion question) => string.Join(", ", question.Options.Select(o => o.Id));

    private static string? Scale(FormQuestion question, JsonNode value)
    {
        var range = $"The answer is a whole number from {question.Min} to {question.Max}.";
        return !TryNumber(value, out var number) || number != decimal.Truncate(number)
            ? range
            : number < question.Min || number > question.Max ? $"Out of range: {range}" : null;
    }

    private static string? Number(FormQuestion question, JsonNode value)
    {
        if (!TryNumber(value, out var number) || Math.Abs(number) > FormLimits.MaxNumber)
        {
            return "The answer is a number.";
        }

        return number < question.Min ? $"At least {question.Min?.ToString(CultureInfo.InvariantCulture)}."
            : number > question.Max ? $"At most {question.Max?.ToString(CultureInfo.InvariantCulture)}."
            : null;
    }

    private static string? Amount(FormQuestion question, JsonNode value)
    {
        var shape = "The answer is an amount with its currency: {\"amount\": 1200.50, \"currency\": \"EUR\"}.";
        if (value is not JsonObject amount || amount.Any(p => p.Key is not "amount" and not "currency"))
        {
            return shape;
        }

        if (amount["amount"] is not { } number || !TryNumber(number, out var sum) || Math.Abs(sum) > FormLimits.MaxNumber)
        {
            return shape;
        }

        var currency = amount["currency"] is { } c && c.GetValueKind() == JsonValueKind.String ? c.GetValue<string>() : null;
        if (!FormCurrency.IsCode(currency))
        {
            return "An amount needs its currency: an ISO 4217 code, three capital letters (EUR, USD).";
        }

        return question.Currency is { } expected && currency != expected ? $"The amount is in {expected}, not {currency}." : null;
    }

    // A node parsed from text or built from any numeric type: read through its JSON text, so 8 and 8.0 are alike.
    private static bool TryNumber(JsonNode value, out decimal number)
    {
        number = 0;
        return value.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    private static string? Date(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : "The answer is a date: yyyy-MM-dd (2026-03-31).";
}
