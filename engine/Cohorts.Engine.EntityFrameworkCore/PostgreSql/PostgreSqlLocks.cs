using System.Buffers.Binary;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.PostgreSql;

/// <summary>The per-instance database lock of a step's commit on PostgreSQL.</summary>
internal static class PostgreSqlLocks
{
    /// <summary>
    /// Takes the instance's transaction-scoped advisory lock (released at COMMIT or ROLLBACK): whichever host commits a
    /// step of this instance, the others' commits of it wait here, then find the row at a newer version and write
    /// nothing (the version check). The key is the Guid's first eight bytes: a collision between two instances only
    /// makes one wait for the other.
    /// </summary>
    public static Task LockInstanceAsync(WorkflowDbContext db, Guid instanceId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({KeyOf(instanceId)})", cancellationToken);

    /// <summary>The advisory lock key of an instance.</summary>
    public static long KeyOf(Guid instanceId)
    {
        Span<byte> bytes = stackalloc byte[16];
        instanceId.TryWriteBytes(bytes);
        return BinaryPrimitives.ReadInt64LittleEndian(bytes);
    }
}
