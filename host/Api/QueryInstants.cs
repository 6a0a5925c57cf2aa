using System.Text.Json;
using Cohorts.Host.Errors;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Api;

/// <summary>
/// An instant in a query string (<c>?from=2026-03-01T00:00:00Z</c>) read as strictly as one in a JSON body
/// (<see cref="OffsetDateTimeConverter"/>): ISO 8601 with its offset, given once. The framework's binding reads
/// <c>12/1</c> as the first of December and <c>1,2</c> (or <c>from=1&amp;from=2</c>) as some date, and answered the
/// whole agenda where a 400 was owed.
/// </summary>
internal static class QueryInstants
{
    /// <summary>Refuses, naming <paramref name="name"/>, a value of the query that is not one instant as the API writes them.</summary>
    /// <exception cref="DomainRuleException">The parameter is given twice, or is not ISO 8601 with an offset.</exception>
    public static void Check(HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = request.Query[name];
        if (values.Count > 1)
        {
            throw new DomainRuleException(name, "Give this parameter once.");
        }

        if (values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return;
        }

        var text = values[0]!;
        var reader = new Utf8JsonReader(JsonSerializer.SerializeToUtf8Bytes(text));
        reader.Read();
        if (!reader.TryGetDateTimeOffset(out _) || !OffsetDateTimeConverter.HasOffset(text))
        {
            throw new DomainRuleException(name, $"'{EchoedValues.Cut(text, 40)}' is not an instant: {OffsetDateTimeConverter.Expected}");
        }
    }
}
