using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cohorts.Workflows.Persistence;

/// <summary>
/// A write statement of fixed SQL whose parameters are typed by the model's own mappings, built once into EF's
/// relational command and executed as EF executes its own: on the context's connection, in its current transaction,
/// through its interceptors and logging. What <c>ExecuteSqlRawAsync</c> does for the same SQL and values, without
/// parsing the SQL's placeholders and typing each value again on every execution (about a third of a planned
/// session's insert).
/// </summary>
internal sealed class ModelStatement
{
    private readonly string _sql;
    private readonly (string Name, RelationalTypeMapping Mapping, bool Nullable)[] _parameters;
    private IRelationalCommand? _command;

    /// <summary>Initializes a new instance of the <see cref="ModelStatement"/> class.</summary>
    /// <param name="sql">The SQL, naming its parameters <c>@p0</c>, <c>@p1</c>... in the order of <paramref name="parameters"/>.</param>
    /// <param name="parameters">Each parameter's type mapping (converter included) and whether it may be null.</param>
    public ModelStatement(string sql, IReadOnlyList<(RelationalTypeMapping Mapping, bool Nullable)> parameters)
    {
        _sql = sql;
        _parameters = [.. parameters.Select((p, i) => ($"p{i}", p.Mapping, p.Nullable))];
    }

    /// <summary>Gets the name of the <paramref name="index"/>th parameter in the SQL.</summary>
    public static string Parameter(int index) => FormattableString.Invariant($"@p{index}");

    /// <summary>Runs the statement with these values (model values: each parameter's mapping converts its own).</summary>
    /// <returns>The rows affected.</returns>
    public Task<int> ExecuteAsync(CohortsDbContext db, object?[] values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != _parameters.Length)
        {
            throw new ArgumentException($"The statement takes {_parameters.Length} values, not {values.Length}.", nameof(values));
        }

        var named = new Dictionary<string, object?>(_parameters.Length, StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            named[_parameters[i].Name] = values[i];
        }

        // The connection and logger the context's database facade holds (as ExecuteSqlRawAsync takes them), not
        // resolved from its services on each execution.
        var facade = (IRelationalDatabaseFacadeDependencies)((IDatabaseFacadeDependenciesAccessor)db.Database).Dependencies;
        return Command(db).ExecuteNonQueryAsync(
            new RelationalCommandParameterObject(facade.RelationalConnection, named, null, db, facade.CommandLogger, CommandSource.ExecuteSqlRaw),
            cancellationToken);
    }

    // Built from the first context's command builder (its model's type mappings), then shared by the contexts of
    // that model, as EF shares a compiled query's command; two threads building it at once build the same command.
    private IRelationalCommand Command(CohortsDbContext db)
    {
        if (Volatile.Read(ref _command) is { } command)
        {
            return command;
        }

        var builder = db.GetService<IRelationalCommandBuilderFactory>().Create();
        builder.Append(_sql);
        for (var i = 0; i < _parameters.Length; i++)
        {
            var (name, mapping, nullable) = _parameters[i];
            builder.AddParameter(name, Parameter(i), mapping, nullable);
        }

        command = builder.Build();
        Volatile.Write(ref _command, command);
        return command;
    }
}
