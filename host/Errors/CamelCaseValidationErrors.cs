using System.Text.Json;

namespace Cohorts.Host.Errors;

/// <summary>
/// Names the fields of .NET's built-in validation errors as the JSON bodies name them (camelCase: <c>email</c>,
/// <c>companies[2].name</c>), like the domain's own errors; the built-in validation uses the C# property names until
/// dotnet/aspnetcore#61764 is done.
/// </summary>
internal static class CamelCaseValidationErrors
{
    public static void Apply(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is not HttpValidationProblemDetails validation || validation.Errors.Count == 0)
        {
            return;
        }

        var renamed = validation.Errors.ToDictionary(e => FieldName(e.Key), e => e.Value, StringComparer.Ordinal);
        validation.Errors.Clear();
        foreach (var (field, messages) in renamed)
        {
            validation.Errors[field] = messages;
        }
    }

    private static string FieldName(string path) =>
        string.Join('.', path.Split('.').Select(segment => JsonNamingPolicy.CamelCase.ConvertName(segment)));
}
