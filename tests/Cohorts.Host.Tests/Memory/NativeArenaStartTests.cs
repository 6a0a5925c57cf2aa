using Cohorts.Host.Memory;

namespace Cohorts.Host.Tests.Memory;

/// <summary>
/// The arena limit the program applies as its process starts (<see cref="NativeArenaStart"/>): read from the sources the
/// host reads its settings from, in the same order, and never a value the host's start refuses.
/// </summary>
public sealed class NativeArenaStartTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("cohorts-arenas-");

    [Fact]
    public void NothingSet_AppliesTheDefault()
    {
        var memory = new FakeProcessMemory();

        var arenas = NativeArenaStart.Apply([$"--contentRoot={_root.FullName}"], memory);

        Assert.Equal([new MemoryOptions().MallocArenas], memory.ArenaLimits);
        Assert.Equal(new NativeArenas(new MemoryOptions().MallocArenas, true), arenas);
    }

    [Fact]
    public void Settings_AreReadFromTheContentRootsFiles_TheEnvironmentsOverTheOthers()
    {
        Settings("appsettings.json", 5);
        Settings("appsettings.Staging.json", 6);
        var memory = new FakeProcessMemory();

        NativeArenaStart.Apply([$"--contentRoot={_root.FullName}"], memory);
        NativeArenaStart.Apply([$"--contentRoot={_root.FullName}", "--environment=Staging"], memory);

        Assert.Equal([5, 6], memory.ArenaLimits);
    }

    [Fact]
    public void TheCommandLine_OverridesTheFiles()
    {
        Settings("appsettings.json", 5);
        var memory = new FakeProcessMemory();

        NativeArenaStart.Apply([$"--contentRoot={_root.FullName}", "--Cohorts:Memory:MallocArenas=3"], memory);

        Assert.Equal([3], memory.ArenaLimits);
    }

    [Theory]
    [InlineData("0")] // glibc's own rule
    [InlineData("65")] // refused by the host's start
    [InlineData("-1")]
    [InlineData("two")]
    public void ZeroOrABadValue_LeavesTheHeapAlone(string value)
    {
        var memory = new FakeProcessMemory();

        var arenas = NativeArenaStart.Apply([$"--contentRoot={_root.FullName}", $"--Cohorts:Memory:MallocArenas={value}"], memory);

        Assert.Empty(memory.ArenaLimits);
        Assert.Equal(0, arenas.Limit);
    }

    [Fact]
    public void AnUnreadableSettingsFile_LeavesTheHeapAlone()
    {
        File.WriteAllText(Path.Combine(_root.FullName, "appsettings.json"), "{ \"Cohorts\": ");
        var memory = new FakeProcessMemory();

        var arenas = NativeArenaStart.Apply([$"--contentRoot={_root.FullName}"], memory);

        Assert.Empty(memory.ArenaLimits);
        Assert.Equal(0, arenas.Limit);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private void Settings(string file, int arenas) =>
        File.WriteAllText(Path.Combine(_root.FullName, file), $$"""{ "Cohorts": { "Memory": { "MallocArenas": {{arenas}} } } }""");
}
