using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Cohorts.Host.Api;

/// <summary>
/// Gives back the <c>string</c> type that <see cref="OffsetDateTimeConverter"/> hides from the OpenAPI document (the
/// schema exporter keeps only the <c>date-time</c> format of a custom converter's values), as the document described
/// instants before: a string of format <c>date-time</c>, or a string or null for a nullable property.
/// </summary>
internal sealed class OffsetDateTimeSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (schema.Type is null && (type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?)))
        {
            // A nullable property may be null; an optional query parameter is left out instead.
            schema.Type = type == typeof(DateTimeOffset?) && context.JsonPropertyInfo is not null ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            schema.Format = "date-time";
        }

        return Task.CompletedTask;
    }
}
