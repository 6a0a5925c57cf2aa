namespace Cohorts.Host.Tests;

/// <summary>A temporary folder with the engine's and the scheduler's SQLite files; deleted on dispose.</summary>
public sealed class HostFiles : IDisposable
{
    public HostFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "cohorts-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "cohorts.db");

    public string SchedulerPath => Path.Combine(Folder, "scheduler.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
