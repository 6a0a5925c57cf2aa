using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cohorts.Workflows.Persistence;

/// <summary>
/// Stores an immutable value (a record holding lists of records) as one JSON text column, for values EF's complex
/// types cannot bind (a record whose constructor takes its lists). Compared by its JSON, so a replaced value is saved.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
internal static class JsonColumn<T>
    where T : class
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Gets the converter to and from JSON text.</summary>
    public static ValueConverter<T, string> Converter { get; } = new(
        value => JsonSerializer.Serialize(value, Options),
        json => JsonSerializer.Deserialize<T>(json, Options)!);

    /// <summary>Gets the comparer (by JSON text; snapshots are the value itself, which is immutable).</summary>
    public static ValueComparer<T> Comparer { get; } = new(
        (left, right) => ReferenceEquals(left, right) || (left != null && right != null && JsonSerializer.Serialize(left, Options) == JsonSerializer.Serialize(right, Options)),
        value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
        value => value);
}
