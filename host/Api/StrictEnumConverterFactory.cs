using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cohorts.Host.Api;

/// <summary>
/// Reads and writes every enum of the API's JSON as one of its names (<see cref="StrictEnumConverter{TEnum}"/>):
/// registered in the API's JSON options, so a request can never slip a number or a flag list
/// (<c>"accepted, rejected"</c>) into an enum, as <see cref="JsonStringEnumConverter"/> allows.
/// </summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert));
}
