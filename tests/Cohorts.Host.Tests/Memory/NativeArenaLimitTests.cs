using Cohorts.Host.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Tests.Memory;

/// <summary>The C library heap's arena limit: set as the host starts from its setting unless the program's first lines did (<see cref="NativeArenaStartTests"/>), left alone at 0, and taken by glibc (the setting's bounds: <see cref="IdleMemoryTrimTests"/>).</summary>
public sealed class NativeArenaLimitTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public async Task Start_LimitsTheArenasToTheSetting(int arenas)
    {
        var memory = new FakeProcessMemory();

        await new NativeArenaLimit(memory, Options.Create(new MemoryOptions { MallocArenas = arenas }), NullLogger<NativeArenaLimit>.Instance).StartAsync(CancellationToken.None);

        Assert.Equal([arenas], memory.ArenaLimits);
    }

    [Fact]
    public async Task Start_WithZero_LeavesTheCLibrarysOwnRule()
    {
        var memory = new FakeProcessMemory();

        await new NativeArenaLimit(memory, Options.Create(new MemoryOptions { MallocArenas = 0 }), NullLogger<NativeArenaLimit>.Instance).StartAsync(CancellationToken.None);

        Assert.Empty(memory.ArenaLimits);
    }

    [Fact]
    public async Task Start_AfterTheProcessStartApplied_OnlySaysWhat()
    {
        var memory = new FakeProcessMemory();

        await new NativeArenaLimit(memory, Options.Create(new MemoryOptions { MallocArenas = 4 }), NullLogger<NativeArenaLimit>.Instance, new NativeArenas(2, true)).StartAsync(CancellationToken.None);

        Assert.Empty(memory.ArenaLimits); // glibc fixed its limit at the process's start: a second call would change nothing
    }

    [Fact]
    public void OnLinux_TheCLibraryTakesTheCall()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // the limit is glibc's; elsewhere LimitArenas says false and the host leaves the heap alone
        }

        Assert.True(NativeHeap.LimitArenas(8)); // glibc's mallopt found and called (8: its own rule on one core; the test process keeps no lower limit)
    }
}
