using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Host.Web;
using Cohorts.Workflows.Forms;
using Microsoft.Extensions.Primitives;

namespace Cohorts.Host.Portal;

/// <summary>
/// A form's answers as the page's fields hold them (field <c>q.{questionId}</c>, an amount's <c>q.{id}.amount</c> and
/// <c>q.{id}.currency</c>): read from a stored answer to show it, or from a post to keep what was typed; and turned
/// into the answers object, each field that does not read noted as a problem at <c>answers.{questionId}</c>.
/// </summary>
public sealed class PortalFormValues
{
    /// <summary>The prefix of a question's field.</summary>
    public const string Prefix = "q.";

    private readonly Dictionary<string, StringValues> _fields;

    private PortalFormValues(Dictionary<string, StringValues> fields) => _fields = fields;

    /// <summary>The fields of a stored answer.</summary>
    public static PortalFormValues From(FormDefinition form, JsonObject? answer)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var question in form.Questions)
        {
            if (answer?[question.Id] is not { } value)
            {
                continue;
            }

            var key = Prefix + question.Id;
            switch (question.Kind)
            {
                case QuestionKind.MultipleChoice when value is JsonArray chosen:
                    fields[key] = new StringValues([.. chosen.Select(c => c?.ToString() ?? string.Empty)]);
                    break;
                case QuestionKind.Amount when value is JsonObject amount:
                    fields[key + ".amount"] = amount["amount"]?.ToJsonString() ?? string.Empty;
                    fields[key + ".currency"] = amount["currency"]?.ToString() ?? string.Empty;
                    break;
                case QuestionKind.YesNo:
                    fields[key] = value.GetValueKind() == JsonValueKind.True ? "yes" : "no";
                    break;
                default:
                    fields[key] = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                    break;
            }
        }

        return new PortalFormValues(fields);
    }

    /// <summary>The fields of a post.</summary>
    public static PortalFormValues From(IEnumerable<KeyValuePair<string, StringValues>> posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        return new PortalFormValues(posted.Where(p => p.Key.StartsWith(Prefix, StringComparison.Ordinal)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }

    /// <summary>A field's single value ("" when empty).</summary>
    public string Text(string questionId, string suffix = "") =>
        _fields.TryGetValue(Prefix + questionId + suffix, out var value) ? value.ToString() : string.Empty;

    /// <summary>Whether a choice field holds <paramref name="option"/>.</summary>
    public bool Has(string questionId, string option) =>
        _fields.TryGetValue(Prefix + questionId, out var value) && value.Contains(option);

    /// <summary>
    /// The answers object; a file question's value is <paramref name="files"/>' (a new file's id, or the kept one's), and
    /// each field that does not read is in <paramref name="problems"/> (English keys of the portal's texts).
    /// </summary>
    public JsonObject ToAnswers(FormDefinition form, IReadOnlyDictionary<string, string> files, List<KeyValuePair<string, string>> problems)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(problems);
        var answers = new JsonObject();
        foreach (var question in form.Questions)
        {
            var path = $"{AnswerValidator.Root}.{question.Id}";
            var text = Text(question.Id).Trim();
            JsonNode? value = null;
            switch (question.Kind)
            {
                case QuestionKind.ShortText or QuestionKind.LongText or QuestionKind.SingleChoice or QuestionKind.Date:
                    value = text.Length == 0 ? null : JsonValue.Create(text);
                    break;
                case QuestionKind.MultipleChoice:
                    var chosen = _fields.TryGetValue(Prefix + question.Id, out var options) ? options.Where(o => !string.IsNullOrEmpty(o)).ToList() : [];
                    value = chosen.Count == 0 ? null : new JsonArray([.. chosen.Select(o => (JsonNode?)JsonValue.Create(o))]);
                    break;
                case QuestionKind.Scale or QuestionKind.Number:
                    if (text.Length > 0)
                    {
                        if (TypedNumbers.Read(text) is { } number)
                        {
                            value = JsonValue.Create(number);
                        }
                        else
                        {
                            problems.Add(new(path, "Enter a number."));
                        }
                    }

                    break;
                case QuestionKind.Amount:
                    var sum = Text(question.Id, ".amount").Trim();
                    var currency = (question.Currency ?? Text(question.Id, ".currency")).Trim().ToUpperInvariant();
                    if (sum.Length > 0)
                    {
                        if (TypedNumbers.Read(sum) is { } amount)
                        {
                            value = new JsonObject { ["amount"] = amount, ["currency"] = currency };
                        }
                        else
                        {
                            problems.Add(new(path, "Enter an amount, such as 1200.50."));
                        }
                    }

                    break;
                case QuestionKind.YesNo:
                    value = text switch { "yes" => JsonValue.Create(true), "no" => JsonValue.Create(false), _ => null };
                    break;
                case QuestionKind.File:
                    value = files.TryGetValue(question.Id, out var file) ? JsonValue.Create(file) : null;
                    break;
            }

            if (value is not null)
            {
                answers[question.Id] = value;
            }
        }

        return answers;
    }
}
