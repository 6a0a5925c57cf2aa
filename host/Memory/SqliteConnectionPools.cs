using Microsoft.Data.Sqlite;

namespace Cohorts.Host.Memory;

/// <summary>
/// The SQLite connections pooled idle (each holds its own page cache, up to 2 MB, and the schema): a load's peak opens
/// one per concurrent request, and the pool keeps them. Released, the idle ones are closed; those in use are closed
/// when given back. The next requests open new ones (a fraction of a millisecond each).
/// </summary>
internal sealed class SqliteConnectionPools : IReleasableMemory
{
    public void Release() => SqliteConnection.ClearAllPools();
}
