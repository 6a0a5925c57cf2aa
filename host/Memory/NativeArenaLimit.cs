using Microsoft.Extensions.Options;

namespace Cohorts.Host.Memory;

/// <summary>
/// Limits the C library heap's arenas as the host starts (<see cref="MemoryOptions.MallocArenas"/>), before its load
/// brings thread-pool threads, each of which glibc would otherwise give an arena of its own, up to eight a core.
/// </summary>
internal sealed class NativeArenaLimit(IProcessMemory memory, IOptions<MemoryOptions> options, ILogger<NativeArenaLimit> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var arenas = options.Value.MallocArenas;
        if (arenas == 0)
        {
            return Task.CompletedTask;
        }

        if (memory.LimitNativeArenas(arenas))
        {
            MemoryLog.ArenasLimited(logger, arenas);
        }
        else
        {
            MemoryLog.ArenasNotLimited(logger, arenas);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
