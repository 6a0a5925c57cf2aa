using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cohorts.Engine.Definitions;

namespace Cohorts.Host.Diagrams;

/// <summary>
/// Finds where a JSON path of the definition format (<c>$.root.activities[2].duration</c>, <c>$['odd name']</c>)
/// stands in a document's text, as a 1-based line and column, by walking the document's tokens with
/// <see cref="Utf8JsonReader"/>: a property's place is its name's, an array entry's its value's. A path the document
/// lacks (a required setting left out) is placed at its nearest ancestor that it has; a document that is not JSON
/// places everything at its syntax error.
/// </summary>
public sealed partial class JsonPathLocator
{
    private readonly Dictionary<string, long> _offsets = new(StringComparer.Ordinal);
    private readonly byte[] _utf8;
    private readonly long? _errorLine;
    private readonly long? _errorColumn;

    /// <summary>Initializes a new instance of the <see cref="JsonPathLocator"/> class by reading the document once.</summary>
    public JsonPathLocator(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        _utf8 = Encoding.UTF8.GetBytes(json);
        try
        {
            Walk();
        }
        catch (JsonException syntax)
        {
            _errorLine = (syntax.LineNumber ?? 0) + 1;
            _errorColumn = (syntax.BytePositionInLine ?? 0) + 1;
        }
    }

    /// <summary>Gets the line of the syntax error, when the document is not JSON.</summary>
    public long? SyntaxErrorLine => _errorLine;

    /// <summary>Finds the 1-based line and column of a path, or of its nearest ancestor the document has.</summary>
    public (long Line, long Column) Locate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (_errorLine is { } line)
        {
            return (line, _errorColumn ?? 1);
        }

        for (var current = path; ; current = Parent(current))
        {
            if (_offsets.TryGetValue(current, out var offset))
            {
                return Position(offset);
            }

            if (current.Length <= 1)
            {
                return (1, 1);
            }
        }
    }

    private void Walk()
    {
        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { MaxDepth = DefinitionLimits.MaxJsonDepth });
        var containers = new Stack<(string Path, bool IsArray, int Next)>();
        string? property = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                property = Property(containers.Peek().Path, reader.GetString()!);
                _offsets.TryAdd(property, reader.TokenStartIndex);
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.Pop();
                continue;
            }

            string path;
            if (containers.Count == 0)
            {
                path = "$";
            }
            else if (containers.Peek().IsArray)
            {
                var (parent, isArray, next) = containers.Pop();
                containers.Push((parent, isArray, next + 1));
                path = $"{parent}[{next.ToString(CultureInfo.InvariantCulture)}]";
            }
            else
            {
                path = property!;
            }

            _offsets.TryAdd(path, reader.TokenStartIndex);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }
    }

    private (long Line, long Column) Position(long offset)
    {
        var lineStart = 0;
        long line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Encoding.UTF8.GetCharCount(_utf8, lineStart, (int)offset - lineStart) + 1);
    }

    /// <summary>Writes a property's path as the definition format does (<c>.name</c>, or <c>['odd name']</c>).</summary>
    private static string Property(string parent, string name) =>
        Identifier().IsMatch(name)
            ? $"{parent}.{name}"
            : $"{parent}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static string Parent(string path)
    {
        if (path.EndsWith(']'))
        {
            // [3] or ['odd name']: from the matching opening bracket.
            var quoted = path.EndsWith("']", StringComparison.Ordinal);
            var open = quoted ? path.LastIndexOf("['", StringComparison.Ordinal) : path.LastIndexOf('[');
            return open > 0 ? path[..open] : "$";
        }

        var dot = path.LastIndexOf('.');
        return dot > 0 ? path[..dot] : "$";
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
