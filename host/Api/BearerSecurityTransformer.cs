using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Cohorts.Host.Api;

/// <summary>Describes the API's sign-in in the OpenAPI document: a bearer token from POST /api/auth/token, on every operation.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Cohorts API";
        document.Info.Description = "Programmes, cohorts, companies, sessions, milestones and progress. Sign in with POST /api/auth/token, then send 'Authorization: Bearer <accessToken>'. Errors are RFC 7807 problem details.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The accessToken answered by POST /api/auth/token.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
