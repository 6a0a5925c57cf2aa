using System.Globalization;
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
        var containers = new List<Container>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = Readable(ref reader);
                        if (name is null)
                        {
                            containers[^1].Name = null; // the object's own path
                            return Path(root, containers);
                        }

                        containers[^1].Name = name;
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Element(containers);
                        containers.Add(new Container(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        containers.RemoveAt(containers.Count - 1);
                        break;
                    case JsonTokenType.String:
                        Element(containers);
                        if (Readable(ref reader) is null)
                        {
                            return Path(root, containers);
                        }

                        break;
                    default:
                        Element(containers);
                        break;
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

    /// <summary>Counts a value in the array it is in (its index is then the count less one).</summary>
    private static void Element(List<Container> containers)
    {
        if (containers is [.., { IsArray: true } array])
        {
            array.Count++;
        }
    }

    private static string Path(string root, List<Container> containers)
    {
        var path = new StringBuilder(root);
        foreach (var container in containers)
        {
            if (container.IsArray && container.Count > 0)
            {
                path.Append('[').Append((container.Count - 1).ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (!container.IsArray && container.Name is { } name)
            {
                path.Append(path.Length == 0 ? string.Empty : ".").Append(name);
            }
        }

        return path.ToString();
    }

    /// <summary>An object or array being read: the last property name seen in it, or how many values it held so far.</summary>
    private sealed class Container(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Count { get; set; }

        public string? Name { get; set; }
    }
}
