using Microsoft.Extensions.Options;

namespace Cohorts.Engine.EntityFrameworkCore;

/// <summary>
/// Checks <see cref="SqliteWorkflowStoreOptions"/>, listing every problem with the setting's name. The file's path is
/// required only when the installation runs on SQLite (<see cref="CohortsDatabaseOptions.Provider"/>).
/// </summary>
internal sealed class SqliteWorkflowStoreOptionsValidator(IOptions<CohortsDatabaseOptions> database) : IValidateOptions<SqliteWorkflowStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteWorkflowStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabasePath) && database.Value.Provider == CohortsDatabaseProvider.Sqlite)
        {
            failures.Add(
                $"{nameof(SqliteWorkflowStoreOptions)}.{nameof(SqliteWorkflowStoreOptions.DatabasePath)} " +
                $"({SqliteWorkflowStoreOptions.SectionName}:{nameof(SqliteWorkflowStoreOptions.DatabasePath)}) is required: " +
                "the path of the SQLite database file.");
        }

        if (!Enum.IsDefined(options.Synchronous))
        {
            failures.Add(
                $"{nameof(SqliteWorkflowStoreOptions)}.{nameof(SqliteWorkflowStoreOptions.Synchronous)} must be Full or Normal, " +
                $"not '{options.Synchronous}'.");
        }

        if (options.BusyTimeout < TimeSpan.Zero || options.BusyTimeout.TotalMilliseconds > int.MaxValue)
        {
            failures.Add(
                $"{nameof(SqliteWorkflowStoreOptions)}.{nameof(SqliteWorkflowStoreOptions.BusyTimeout)} must be between " +
                $"zero and {int.MaxValue} ms, not {options.BusyTimeout}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
