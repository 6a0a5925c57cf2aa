using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Host.Web;
using Cohorts.Workflows.Forms;
using Microsoft.Extensions.Primitives;

namespace Cohorts.Host.FormAnswers;

/// <summary>
/// A form's answers as an HTML form posts them (field <c>a.{questionId}</c>, an amount's <c>a.{questionId}.amount</c>
/// and <c>.currency</c>) and back: the answers object the <see cref="AnswerValidator"/> checks, and the texts to put
/// back in the inputs. A value that does not read as its kind is kept as text, so the validator names it at its path
/// and the page shows it again.
/// </summary>
public sealed class PostedAnswers
{
    private readonly Dictionary<string, StringValues> _values;

    private PostedAnswers(Dictionary<string, StringValues> values) => _values = values;

    /// <summary>The field name of a question's input.</summary>
    public static string Field(FormQuestion question, string? part = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        return part is null ? $"a.{question.Id}" : $"a.{question.Id}.{part}";
    }

    /// <summary>Reads the posted fields.</summary>
    public static PostedAnswers From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form.Keys.Where(k => k.StartsWith("a.", StringComparison.Ordinal)).ToDictionary(k => k, k => form[k], StringComparer.Ordinal));
    }

    /// <summary>Fills the inputs from stored answers (an answer being edited).</summary>
    public static PostedAnswers From(FormDefinition form, string? json)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        if (json is not null && JsonNode.Parse(json) is JsonObject answers)
        {
            foreach (var question in form.Questions)
            {
                switch (answers[question.Id])
                {
                    case JsonArray many:
                        values[Field(question)] = new StringValues([.. many.Select(v => v?.ToString() ?? string.Empty)]);
                        break;
                    case JsonObject amount:
                        values[Field(question, "amount")] = amount["amount"]?.ToJsonString() ?? string.Empty;
                        values[Field(question, "currency")] = amount["currency"]?.GetValue<string>() ?? string.Empty;
                        break;
                    case JsonValue one:
                        values[Field(question)] = one.GetValueKind() == JsonValueKind.String ? one.GetValue<string>() : one.ToJsonString();
                        break;
                }
            }
        }

        return new(values);
    }

    /// <summary>Gets the text of an input (empty when none).</summary>
    public string Value(FormQuestion question, string? part = null) => _values.TryGetValue(Field(question, part), out var value) ? value.ToString() : string.Empty;

    /// <summary>Gets whether a choice is checked.</summary>
    public bool Has(FormQuestion question, string optionId) => _values.TryGetValue(Field(question), out var value) && value.Contains(optionId);

    /// <summary>Builds the answers object: an empty input is no answer.</summary>
    public JsonObject ToAnswers(FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var answers = new JsonObject();
        foreach (var question in form.Questions)
        {
            if (Read(question) is { } answer)
            {
                answers[question.Id] = answer;
            }
        }

        return answers;
    }

    private JsonNode? Read(FormQuestion question)
    {
        var text = Value(question).Trim();
        switch (question.Kind)
        {
            case QuestionKind.MultipleChoice:
                var chosen = _values.TryGetValue(Field(question), out var many) ? many.Where(v => !string.IsNullOrWhiteSpace(v)).ToList() : [];
                return chosen.Count == 0 ? null : new JsonArray([.. chosen.Select(v => (JsonNode)JsonValue.Create(v)!)]);
            case QuestionKind.Amount:
                var amount = Value(question, "amount").Trim();
                var currency = question.Currency ?? Value(question, "currency").Trim().ToUpperInvariant();
                return amount.Length == 0 ? null : new JsonObject { ["amount"] = Number(amount), ["currency"] = currency };
            case QuestionKind.Scale or QuestionKind.Number:
                return text.Length == 0 ? null : Number(text);
            case QuestionKind.YesNo:
                return text switch { "true" => true, "false" => false, "" => null, _ => text };
            default:
                return text.Length == 0 ? null : text;
        }
    }

    private static JsonValue Number(string text) =>
        TypedNumbers.Read(text) is { } number ? JsonValue.Create(number) : JsonValue.Create(text);
}
