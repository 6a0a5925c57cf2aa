using System.Text.Json;

namespace Cohorts.Host.Reporting;

/// <summary>Enum values as the API and the CSV export write them: camelCase names (<c>onTrack</c>, <c>needsWork</c>).</summary>
public static class WireNames
{
    /// <summary>Gets a value's camelCase name.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
