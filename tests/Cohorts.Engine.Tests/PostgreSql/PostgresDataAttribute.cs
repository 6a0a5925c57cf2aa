using System.Reflection;
using Xunit.Sdk;

namespace Cohorts.Tests.PostgreSql;

/// <summary>
/// The PostgreSQL row of a theory over providers (<c>[InlineData(StoreProvider.Sqlite)] [PostgresData]</c>): skipped,
/// with the command to fix it, where PostgreSQL is not installed, as <see cref="PostgresFactAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute() => Skip = PostgresServer.SkipReason;

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreProvider.PostgreSql]];
}
