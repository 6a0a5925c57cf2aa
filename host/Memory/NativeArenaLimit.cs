using Microsoft.Extensions.Options;

namespace Cohorts.Host.Memory;

/// <summary>
/// Says, as the host starts, how the C library heap's arenas are limited (<see cref="MemoryOptions.MallocArenas"/>).
/// The program limits them as its process starts (<see cref="NativeArenaStart"/>, given here as <paramref name="atStart"/>);
/// a host built without the program's first lines (none in a deployment) gets the limit here, late but still before its load.
/// </summary>
internal sealed class NativeArenaLimit(IProcessMemory memory, IOptions<MemoryOptions> options, ILogger<NativeArenaLimit> logger, NativeArenas? atStart = null) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var arenas = atStart ?? NativeArenaStart.Limit(options.Value.MallocArenas, memory);
        if (arenas.Limit == 0)
        {
            return Task.CompletedTask;
        }

        if (arenas.Taken)
        {
            MemoryLog.ArenasLimited(logger, arenas.Limit);
        }
        else
        {
            MemoryLog.ArenasNotLimited(logger, arenas.Limit);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
