namespace Cohorts.Host.Tests.Support;

/// <summary>The repository's folder (the one holding Cohorts.sln), for tests that read its sources and resources.</summary>
public static class RepositoryFolder
{
    /// <summary>Gets the repository's full path, found by walking up from the test assembly's folder.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "Cohorts.sln")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        return folder.FullName;
    }
}
