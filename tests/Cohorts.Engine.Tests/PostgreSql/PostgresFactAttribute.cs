namespace Cohorts.Tests.PostgreSql;

/// <summary>
/// A test on a real PostgreSQL server (<see cref="PostgresServer"/>): skipped, with the command to fix it, where
/// PostgreSQL is not installed (a developer's machine); <c>.ci/run</c> installs it and sets
/// <c>COHORTS_REQUIRE_POSTGRES=1</c>, so in CI these tests always run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresServer.SkipReason;
}
