using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cohorts.Host.Errors;

/// <summary>
/// Names the fields of .NET's built-in validation errors as the JSON bodies name them (camelCase: <c>email</c>,
/// <c>companies[2].name</c>), like the domain's own errors, in the keys and in the messages ("The programmeId field is
/// required.", not "The ProgrammeId field"); the built-in validation uses the C# property names until
/// dotnet/aspnetcore#61764 is done.
/// </summary>
internal static partial class CamelCaseValidationErrors
{
    public static void Apply(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is not HttpValidationProblemDetails validation || validation.Errors.Count == 0)
        {
            return;
        }

        var renamed = validation.Errors.ToDictionary(e => FieldName(e.Key), e => Messages(e.Key, e.Value), StringComparer.Ordinal);
        validation.Errors.Clear();
        foreach (var (field, messages) in renamed)
        {
            validation.Errors[field] = messages;
        }
    }

    private static string FieldName(string path) =>
        string.Join('.', path.Split('.').Select(segment => JsonNamingPolicy.CamelCase.ConvertName(segment)));

    /// <summary>The messages with the property's C# name, as the attributes' default texts quote it, in its JSON name.</summary>
    private static string[] Messages(string path, string[] messages)
    {
        var property = IndexPattern().Replace(path[(path.LastIndexOf('.') + 1)..], string.Empty);
        if (property.Length == 0)
        {
            return messages;
        }

        var json = JsonNamingPolicy.CamelCase.ConvertName(property);
        var quoted = new Regex($@"\b{Regex.Escape(property)}\b", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        return [.. messages.Select(m => quoted.Replace(m, json, 1))];
    }

    [GeneratedRegex(@"\[\d*\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex IndexPattern();
}
