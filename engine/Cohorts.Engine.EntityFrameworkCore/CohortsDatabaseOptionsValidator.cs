using Microsoft.Extensions.Options;

namespace Cohorts.Engine.EntityFrameworkCore;

/// <summary>Refuses, at start, a provider without the settings it needs, naming the setting.</summary>
internal sealed class CohortsDatabaseOptionsValidator : IValidateOptions<CohortsDatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, CohortsDatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail(
                $"{CohortsDatabaseOptions.SectionName}:Provider must be {nameof(CohortsDatabaseProvider.Sqlite)} or {nameof(CohortsDatabaseProvider.PostgreSql)}.");
        }

        if (options.Provider == CohortsDatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(options.PostgreSql.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                $"{CohortsDatabaseOptions.SectionName}:PostgreSql:ConnectionString is required when {CohortsDatabaseOptions.SectionName}:Provider is PostgreSql " +
                "(e.g. Host=db;Database=cohorts;Username=cohorts;Password=...).");
        }

        return ValidateOptionsResult.Success;
    }
}
