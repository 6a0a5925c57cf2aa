using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cohorts.Workflows.Forms;

/// <summary>
/// Writes a form in its canonical JSON (docs/domain.md, "Forms"): the same form always gives the same text, so
/// publishing an unchanged form is recognised and adds no version.
/// </summary>
public static class FormJson
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="form"/> as an indented JSON object.</summary>
    public static string Write(FormDefinition form) => ToNode(form).ToJsonString(Indented);

    /// <summary>Gets <paramref name="form"/> as a JSON object.</summary>
    public static JsonObject ToNode(FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var questions = new JsonArray();
        foreach (var question in form.Questions)
        {
            questions.Add(Question(question));
        }

        return new JsonObject { ["id"] = form.Id, ["name"] = Text(form.Name), ["questions"] = questions };
    }

    private static JsonObject Question(FormQuestion question)
    {
        var node = new JsonObject
        {
            ["id"] = question.Id,
            ["kind"] = FormKinds.NameOf(question.Kind),
            ["label"] = Text(question.Label),
        };
        if (question.Help is { } help)
        {
            node["help"] = Text(help);
        }

        node["required"] = question.Required;
        if (FormKinds.HasOptions(question.Kind))
        {
            var options = new JsonArray();
            foreach (var option in question.Options)
            {
                options.Add(new JsonObject { ["id"] = option.Id, ["label"] = Text(option.Label) });
            }

            node["options"] = options;
        }

        if (question.Min is { } min)
        {
            node["min"] = min;
        }

        if (question.Max is { } max)
        {
            node["max"] = max;
        }

        if (question.Currency is { } currency)
        {
            node["currency"] = currency;
        }

        if (question.Metric is { } metric)
        {
            node["metric"] = Metrics.MetricJson.ToNode(metric);
        }

        return node;
    }

    private static JsonObject Text(FormLabel label) => new() { ["en"] = label.En, ["fr"] = label.Fr };
}
