using System.Text.Json.Nodes;
using Cohorts.Host.Web;
using Cohorts.Workflows.Forms;
using Microsoft.AspNetCore.Http;

namespace Cohorts.Host.Evaluations;

/// <summary>
/// Reads a form's answers from a page's posted fields (named <c>answers.{questionId}</c>, an amount's
/// <c>answers.{questionId}.amount</c>), as the API takes them: a value that does not parse is kept as typed, so the
/// <see cref="AnswerValidator"/> names it. Blank fields are no answer.
/// </summary>
public static class AnswerForm
{
    /// <summary>The field name of a question's answer.</summary>
    public static string Field(FormQuestion question) => $"{AnswerValidator.Root}.{question?.Id}";

    /// <summary>Reads the answers of <paramref name="form"/> from <paramref name="posted"/>.</summary>
    public static JsonObject Read(FormDefinition form, IFormCollection posted)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(posted);
        var answers = new JsonObject();
        foreach (var question in form.Questions)
        {
            var name = Field(question);
            var text = posted[name].ToString().Trim();
            JsonNode? value = question.Kind switch
            {
                QuestionKind.MultipleChoice => posted[name].Count == 0 ? null : new JsonArray([.. posted[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => JsonValue.Create(v))]),
                QuestionKind.Scale or QuestionKind.Number => text.Length == 0 ? null : Number(text),
                QuestionKind.YesNo => text switch { "true" => JsonValue.Create(true), "false" => JsonValue.Create(false), "" => null, _ => JsonValue.Create(text) },
                QuestionKind.Amount => Amount(question, posted[$"{name}.amount"].ToString().Trim(), posted[$"{name}.currency"].ToString().Trim()),
                _ => text.Length == 0 ? null : JsonValue.Create(text),
            };
            if (value is not null)
            {
                answers[question.Id] = value;
            }
        }

        return answers;
    }

    private static JsonValue Number(string text) =>
        TypedNumbers.Read(text) is { } number ? JsonValue.Create(number) : JsonValue.Create(text);

    private static JsonObject? Amount(FormQuestion question, string amount, string currency)
    {
        if (amount.Length == 0)
        {
            return null;
        }

        return new JsonObject
        {
            ["amount"] = Number(amount),
            ["currency"] = question.Currency ?? (currency.Length == 0 ? null : currency.ToUpperInvariant()),
        };
    }
}
