using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Cohorts.Host.Api;

/// <summary>
/// Gives back the <c>string</c> schema that <see cref="PlainTextConverter"/> hides from the OpenAPI document (the
/// schema exporter describes a custom converter's values as anything): a string, or a string or null where the C#
/// property may be null; and the same for a list's items and a dictionary's values.
/// </summary>
internal sealed class PlainTextSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(string) && schema.Type is null)
        {
            schema.Type = context.JsonPropertyInfo is { IsGetNullable: true } or { IsSetNullable: true } ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        else if (context.JsonTypeInfo is { ElementType: var element, Kind: var kind } && element == typeof(string))
        {
            if (kind == JsonTypeInfoKind.Enumerable && schema.Items is null)
            {
                schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
            }
            else if (kind == JsonTypeInfoKind.Dictionary && schema.AdditionalProperties is null)
            {
                schema.AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String };
            }
        }

        return Task.CompletedTask;
    }
}
