namespace Cohorts.Host.Api.Manager;

/// <summary>Declares in the OpenAPI document the problem details an endpoint may answer.</summary>
internal static class ProblemMetadata
{
    /// <summary>Adds a problem details response for each status.</summary>
    public static RouteHandlerBuilder Problems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            builder.ProducesProblem(status);
        }

        return builder;
    }
}
