using System.Text;
using System.Text.Json;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Where a JSON text stops being JSON, as the path of the value being read there (<c>answers.pratiques[2]</c>): the
/// documents read as JSON text (definitions, forms, answers) name it as a typed request's body names its own
/// (System.Text.Json's <see cref="JsonException.Path"/>), where <see cref="JsonDocument"/> gives only a line and a
/// position.
/// </summary>
public static class JsonSyntax
{
    /// <summary>
    /// The path of the value the first syntax error stands in (the value after a property name, the last value of an
    /// object or array, the container itself before its first value), or null when the text is well-formed JSON as
    /// <see cref="Utf8JsonReader"/> reads it (a property given twice is not a syntax error there).
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="root">The path of the document itself (<c>$</c>, or empty for paths that start at a property name).</param>
    /// <param name="maxDepth">The deepest nesting to read (deeper is an error, at the path where it goes deeper).</param>
    public static string? PathOfError(string json, string root, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(root);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = maxDepth });
        var path = new JsonPathStack(root);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    path.Named(NameOf(ref reader));
                }
                else
                {
                    path.Read(reader.TokenType);
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return path.Path();
        }
    }

    private static string? NameOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null; // no character (a lone surrogate): the object's own path
        }
    }
}
