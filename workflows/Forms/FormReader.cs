using System.Globalization;
using System.Text.Json;
using Cohorts.Engine.Definitions;
using Cohorts.Workflows.Metrics;
using Cohorts.Workflows.Services;

namespace Cohorts.Workflows.Forms;

/// <summary>
/// Reads a form's JSON strictly (docs/domain.md, "Forms"): unknown properties, wrong types, missing texts, duplicate
/// ids and broken limits (<see cref="FormLimits"/>) are all reported, each with its JSON path
/// (<c>questions[2].options</c>, <c>questions[0].kind</c>), never only the first.
/// </summary>
public static class FormReader
{
    /// <summary>The path of a problem with the whole document (not JSON, not an object, too long).</summary>
    public const string RootPath = "form";

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16, AllowDuplicateProperties = false };
    private static readonly string[] RootProperties = ["id", "name", "questions"];
    private static readonly string[] QuestionProperties = ["id", "kind", "label", "help", "required", "options", "min", "max", "currency", "metric"];
    private static readonly string[] OptionProperties = ["id", "label"];
    private static readonly string[] TextProperties = ["en", "fr"];
    private static readonly string[] BoundProperties = ["min", "max"];

    /// <summary>Reads <paramref name="json"/> into a form, or lists every problem.</summary>
    public static FormReadResult Read(string? json)
    {
        var problems = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrWhiteSpace(json))
        {
            return Fail(problems, RootPath, "A form is a JSON object with an id, a name and questions.");
        }

        if (json.Length > FormLimits.MaxJsonLength)
        {
            return Fail(problems, RootPath, $"A form has at most {FormLimits.MaxJsonLength:N0} characters of JSON.");
        }

        if (LoneSurrogates.Find(json, string.Empty, DocumentOptions.MaxDepth) is { } unreadable)
        {
            return Fail(problems, unreadable.Length == 0 ? RootPath : unreadable, LoneSurrogates.Message);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException exception)
        {
            // A property given twice is found with no position (the message read "line , position "): it says which.
            var at = JsonSyntax.PathOfError(json, string.Empty, DocumentOptions.MaxDepth) is { Length: > 0 } path ? path : RootPath;
            return Fail(problems, at, exception.LineNumber is { } line
                ? $"Not valid JSON (line {line + 1}, position {exception.BytePositionInLine + 1})."
                : $"Not valid JSON: {exception.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(problems, RootPath, "A form is a JSON object with an id, a name and questions.");
            }

            Unknown(root, RootProperties, string.Empty, problems);
            var id = Id(root, "id", "id", problems);
            var name = Text(root, "name", "name", FormLimits.MaxNameLength, required: true, problems);
            var questions = Questions(root, problems);
            return problems.Count > 0 || id is null || name is null
                ? new FormReadResult(null, problems)
                : new FormReadResult(new FormDefinition(id, name, questions), problems);
        }
    }

    private static FormReadResult Fail(List<KeyValuePair<string, string>> problems, string path, string message)
    {
        problems.Add(new(path, message));
        return new FormReadResult(null, problems);
    }

    private static List<FormQuestion> Questions(JsonElement root, List<KeyValuePair<string, string>> problems)
    {
        var questions = new List<FormQuestion>();
        if (!root.TryGetProperty("questions", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new("questions", "A form has a list of questions."));
            return questions;
        }

        var count = list.GetArrayLength();
        if (count == 0 || count > FormLimits.MaxQuestions)
        {
            problems.Add(new("questions", $"A form has 1 to {FormLimits.MaxQuestions} questions; this one has {count}."));
            if (count > FormLimits.MaxQuestions)
            {
                return questions;
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var metrics = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            var path = $"questions[{index++}]";
            var question = Question(element, path, problems);

            // Checked on the raw id, so that a duplicate of a question with problems of its own is still named.
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                && !seen.Add(id.GetString()!))
            {
                problems.Add(new($"{path}.id", $"Another question has the id '{id.GetString()}'; each question's id is unique in its form."));
            }

            if (question is not null)
            {
                MetricJson.CheckUnique(question, path, metrics, problems);
                questions.Add(question);
            }
        }

        return questions;
    }

    private static FormQuestion? Question(JsonElement element, string path, List<KeyValuePair<string, string>> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(path, "A question is a JSON object with an id, a kind and a label."));
            return null;
        }

        var before = problems.Count;
        Unknown(element, QuestionProperties, path + ".", problems);
        var id = Id(element, "id", $"{path}.id", problems);
        var kind = Kind(element, $"{path}.kind", problems);
        var label = Text(element, "label", $"{path}.label", FormLimits.MaxLabelLength, required: true, problems);
        var help = Text(element, "help", $"{path}.help", FormLimits.MaxHelpLength, required: false, problems);
        var required = true;
        if (element.TryGetProperty("required", out var requiredElement))
        {
            if (requiredElement.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                required = requiredElement.GetBoolean();
            }
            else
            {
                problems.Add(new($"{path}.required", "'required' is true or false."));
            }
        }

        List<FormOption> options = [];
        decimal? min = null;
        decimal? max = null;
        string? currency = null;
        if (kind is { } known)
        {
            options = Options(element, known, path, problems);
            (min, max) = Bounds(element, known, path, problems);
            currency = Currency(element, known, path, problems);
        }

        var metric = kind is { } metricKind ? MetricJson.Read(element, metricKind, currency, path, problems) : null;
        return problems.Count > before || id is null || kind is null || label is null
            ? null
            : new FormQuestion(id, kind.Value, label, help, required, options, min, max, currency) { Metric = metric };
    }

    private static QuestionKind? Kind(JsonElement element, string path, List<KeyValuePair<string, string>> problems)
    {
        var allowed = $"The kinds are {string.Join(", ", FormKinds.Names)}.";
        if (!element.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String)
        {
            problems.Add(new(path, $"A question has a kind. {allowed}"));
            return null;
        }

        if (FormKinds.TryParse(kind.GetString()!, out var parsed))
        {
            return parsed;
        }

        problems.Add(new(path, $"Unknown kind '{kind.GetString()}'. {allowed}"));
        return null;
    }

    private static List<FormOption> Options(JsonElement element, QuestionKind kind, string path, List<KeyValuePair<string, string>> problems)
    {
        var options = new List<FormOption>();
        var present = element.TryGetProperty("options", out var list);
        if (!FormKinds.HasOptions(kind))
        {
            if (present)
            {
                problems.Add(new($"{path}.options", $"Only a choice question has options, not a {FormKinds.NameOf(kind)} question."));
            }

            return options;
        }

        if (!present || list.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new($"{path}.options", $"A choice question has a list of {FormLimits.MinOptions} to {FormLimits.MaxOptions} options."));
            return options;
        }

        var count = list.GetArrayLength();
        if (count < FormLimits.MinOptions || count > FormLimits.MaxOptions)
        {
            problems.Add(new($"{path}.options", $"A choice question has {FormLimits.MinOptions} to {FormLimits.MaxOptions} options; this one has {count}."));
            if (count > FormLimits.MaxOptions)
            {
                return options;
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var option in list.EnumerateArray())
        {
            var optionPath = $"{path}.options[{index++}]";
            if (option.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new(optionPath, "An option is a JSON object with an id and a label."));
                continue;
            }

            Unknown(option, OptionProperties, optionPath + ".", problems);
            var id = Id(option, "id", $"{optionPath}.id", problems);
            var label = Text(option, "label", $"{optionPath}.label", FormLimits.MaxLabelLength, required: true, problems);
            if (id is not null && !seen.Add(id))
            {
                problems.Add(new($"{optionPath}.id", $"Another option has the id '{id}'; each option's id is unique in its question."));
            }

            if (id is not null && label is not null)
            {
                options.Add(new FormOption(id, label));
            }
        }

        return options;
    }

    private static (decimal? Min, decimal? Max) Bounds(JsonElement element, QuestionKind kind, string path, List<KeyValuePair<string, string>> problems)
    {
        var min = Number(element, "min", $"{path}.min", problems);
        var max = Number(element, "max", $"{path}.max", problems);
        switch (kind)
        {
            case QuestionKind.Scale:
                min ??= 1;
                max ??= 5;
                if (min is not 0 and not 1)
                {
                    problems.Add(new($"{path}.min", "A scale starts at 0 or 1."));
                }

                if (max is not 5 and not 10)
                {
                    problems.Add(new($"{path}.max", "A scale ends at 5 or 10."));
                }

                return (min, max);
            case QuestionKind.Number:
                if (min is { } low && max is { } high && low > high)
                {
                    problems.Add(new($"{path}.max", $"The largest answer ({high.ToString(CultureInfo.InvariantCulture)}) is below the smallest ({low.ToString(CultureInfo.InvariantCulture)})."));
                }

                return (min, max);
            default:
                foreach (var name in BoundProperties.Where(n => element.TryGetProperty(n, out _)))
                {
                    problems.Add(new($"{path}.{name}", $"Only a scale or a number question has a '{name}', not a {FormKinds.NameOf(kind)} question."));
                }

                return (null, null);
        }
    }

    internal static decimal? Number(JsonElement element, string name, string path, List<KeyValuePair<string, string>> problems)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number) || Math.Abs(number) > FormLimits.MaxNumber)
        {
            problems.Add(new(path, $"'{name}' is a number between -{FormLimits.MaxNumber:N0} and {FormLimits.MaxNumber:N0}."));
            return null;
        }

        return number;
    }

    private static string? Currency(JsonElement element, QuestionKind kind, string path, List<KeyValuePair<string, string>> problems)
    {
        if (!element.TryGetProperty("currency", out var value))
        {
            return null;
        }

        if (kind != QuestionKind.Amount)
        {
            problems.Add(new($"{path}.currency", $"Only an amount question has a currency, not a {FormKinds.NameOf(kind)} question."));
            return null;
        }

        var currency = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (!FormCurrency.IsCode(currency))
        {
            problems.Add(new($"{path}.currency", "A currency is an ISO 4217 code: three capital letters (EUR, USD)."));
            return null;
        }

        return currency;
    }

    internal static string? Id(JsonElement element, string name, string path, List<KeyValuePair<string, string>> problems)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(value.GetString()))
        {
            problems.Add(new(path, "An id is required (lower-case letters, digits and hyphens)."));
            return null;
        }

        var id = value.GetString()!;
        if (FormSlug.Problem(id) is { } problem)
        {
            problems.Add(new(path, problem));
            return null;
        }

        return id;
    }

    internal static FormLabel? Text(JsonElement element, string name, string path, int maxLength, bool required, List<KeyValuePair<string, string>> problems)
    {
        if (!element.TryGetProperty(name, out var value) || (!required && value.ValueKind == JsonValueKind.Null))
        {
            if (required)
            {
                problems.Add(new(path, "Required, in English and in French: {\"en\": \"…\", \"fr\": \"…\"}."));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(path, "A text in English and in French: {\"en\": \"…\", \"fr\": \"…\"}."));
            return null;
        }

        Unknown(value, TextProperties, path + ".", problems);
        var en = Language(value, "en", path, maxLength, problems);
        var fr = Language(value, "fr", path, maxLength, problems);
        return en is null || fr is null ? null : new FormLabel(en, fr);
    }

    private static string? Language(JsonElement text, string language, string path, int maxLength, List<KeyValuePair<string, string>> problems)
    {
        var languagePath = $"{path}.{language}";
        if (!text.TryGetProperty(language, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add(new(languagePath, language == "en" ? "The English text is required." : "The French text is required."));
            return null;
        }

        var trimmed = value.GetString()!.Trim();
        if (LimitMessages.ForText(trimmed, maxLength) is { } problem)
        {
            problems.Add(new(languagePath, problem));
            return null;
        }

        return trimmed;
    }

    internal static void Unknown(JsonElement element, string[] known, string prefix, List<KeyValuePair<string, string>> problems)
    {
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
        {
            problems.Add(new(prefix + property.Name, $"Unknown property '{property.Name}'; the properties here are {string.Join(", ", known)}."));
        }
    }
}
