using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cohorts.Host.Errors;

/// <summary>
/// Names what failed to bind in a request the API could not read: a JSON body's value by its JSON path
/// (<c>companies[2].plannedAt</c>, <c>$</c> for the whole body), or a route or query parameter by its name
/// (<c>from</c>). The minimal APIs throw <see cref="BadHttpRequestException"/> (with
/// <see cref="RouteHandlerOptions.ThrowOnBadRequest"/>), with the <see cref="JsonException"/> that has the path as inner
/// exception for a body; for a parameter only the message names it, in the framework's fixed wording
/// (<c>Failed to bind parameter "DateOnly from" from "x".</c>), which the API tests pin.
/// </summary>
internal static partial class BindingErrors
{
    /// <summary>The key of an error about the whole JSON body.</summary>
    public const string Root = "$";

    /// <summary>The longest property name a message repeats.</summary>
    private const int MostNameLength = 100;

    /// <summary>The errors by field, or null when the failure names no field (a wrong content type, a body too large).</summary>
    public static Dictionary<string, string[]>? Of(BadHttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.InnerException is JsonException json)
        {
            return new() { [FieldOf(json.Path)] = [Describe(json)] };
        }

        // The framework's words for a body left out ("Implicit body inferred for parameter "request" but no body was
        // provided. Did you mean to use a Service instead?") name its C# parameter, not a field.
        if (exception.Message.StartsWith("Implicit body", StringComparison.Ordinal))
        {
            return new() { [Root] = ["A JSON body is required."] };
        }

        var parameter = ParameterPattern().Match(exception.Message);
        if (!parameter.Success)
        {
            return null;
        }

        var name = parameter.Groups["name"].Value;
        var type = parameter.Groups["type"].Value;
        if (RequiredPattern().Match(exception.Message) is { Success: true } required)
        {
            return required.Groups["source"].Value == "body"
                ? new() { [Root] = ["A JSON body is required."] }
                : new() { [name] = [$"Required: {ExpectedValues.Describe(type)}."] };
        }

        if (exception.Message.Contains("request body", StringComparison.Ordinal))
        {
            return new() { [Root] = ["The body cannot be read: send JSON."] };
        }

        var value = ValuePattern().Match(exception.Message);
        var shown = value.Success ? $"'{value.Groups["value"].Value}' is not valid here: " : string.Empty;
        return new() { [name] = [$"{shown}expected {ExpectedValues.Describe(type)}."] };
    }

    /// <summary>The field a JSON path names: <c>$.companies[2].name</c> is <c>companies[2].name</c>; the root is <c>$</c>.</summary>
    public static string FieldOf(string? path) => path switch
    {
        null or "" or Root => Root,
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ when path.StartsWith('$') => path[1..],
        _ => path,
    };

    /// <summary>What is wrong with a JSON text, in words, without the serializer's position (the errors' key says where).</summary>
    public static string Describe(JsonException exception)
    {
        var converted = ConvertedPattern().Match(exception.Message);
        if (converted.Success)
        {
            return $"This value is not valid here: expected {ExpectedValues.Describe(converted.Groups["type"].Value)}.";
        }

        // The serializer names the C# type it was reading; the client needs only the property.
        if (exception.Message.StartsWith("Duplicate propert", StringComparison.Ordinal))
        {
            var duplicate = DuplicatePattern().Match(exception.Message);
            return duplicate.Success ? $"The property '{duplicate.Groups["name"].Value}' is given more than once." : "A property is given more than once.";
        }

        if (UnmappedPattern().Match(exception.Message) is { Success: true } unmapped)
        {
            return $"The property '{EchoedValues.Cut(unmapped.Groups["name"].Value, MostNameLength)}' is not one this request takes.";
        }

        // The serializer adds where it was to its own messages; the errors' key says that already.
        var message = exception.Message;
        var where = message.IndexOf(" Path: ", StringComparison.Ordinal) is var at and >= 0 ? at : message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return where > 0 ? message[..where].TrimEnd() : message;
    }

    [GeneratedRegex(@"parameter ""(?<type>[^""]*) (?<name>[^"" ]+)""")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"^Required parameter "".*"" was not provided from (?<source>[a-z ]+)\.$")]
    private static partial Regex RequiredPattern();

    [GeneratedRegex(@" from ""(?<value>.*)""\.$")]
    private static partial Regex ValuePattern();

    [GeneratedRegex(@"could not be converted to (?<type>[^ ]+?)\.( |$)")]
    private static partial Regex ConvertedPattern();

    [GeneratedRegex(@"^The JSON property '(?<name>.*)' could not be mapped to any \.NET member", RegexOptions.Singleline)]
    private static partial Regex UnmappedPattern();

    [GeneratedRegex(@"^Duplicate property '(?<name>[^']*)'")]
    private static partial Regex DuplicatePattern();
}
