using System.Text;
using System.Text.Json;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Finds a JSON text's string or property name whose escapes make no character: a lone surrogate such as
/// <c>"\ud800"</c>, valid JSON that System.Text.Json parses, then refuses to read as a string (it throws
/// <see cref="InvalidOperationException"/>, not <see cref="JsonException"/>). Documents read as JSON text (definitions,
/// forms, answers) are checked first, so such a text is a problem at its path rather than a failure later.
/// </summary>
public static class LoneSurrogates
{
    /// <summary>What is wrong with such a text.</summary>
    public const string Message = "This text holds an escaped lone surrogate (\\uD800 to \\uDFFF without its pair), which is no character.";

    /// <summary>
    /// The path of the first string or property name that cannot be read (a property name's own path is its object's),
    /// or null when there is none or the text is not well-formed JSON (left to the reader's own message).
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="root">The path of the document itself (<c>$</c>, or empty for paths that start at a property name).</param>
    /// <param name="maxDepth">The deepest nesting to read (deeper: left to the reader).</param>
    public static string? Find(string json, string root, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(root);
        if (!json.Contains("\\u", StringComparison.OrdinalIgnoreCase))
        {
            return null; // no escaped character at all: nothing to look at
        }

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = maxDepth });
        var path = new JsonPathStack(root);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String)
                {
                    var text = Readable(ref reader);
                    if (reader.TokenType == JsonTokenType.PropertyName)
                    {
                        path.Named(text); // unreadable: the object's own path
                    }
                    else
                    {
                        path.Read(reader.TokenType);
                    }

                    if (text is null)
                    {
                        return path.Path();
                    }
                }
                else
                {
                    path.Read(reader.TokenType);
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    /// <summary>The text of a string token, or null when its escapes make no character.</summary>
    private static string? Readable(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
