namespace Cohorts.Host.Memory;

/// <summary>
/// Something the host keeps in memory for speed and can do without: a quiet host releases it before it gives its
/// memory back (<see cref="IdleMemoryTrim"/>). A cache of data read at one version of the database drops what was read
/// at an older one (it could never be served again); a connection pool closes its idle connections.
/// </summary>
internal interface IReleasableMemory
{
    /// <summary>Drops what can be done without (never what is in use).</summary>
    void Release();
}
