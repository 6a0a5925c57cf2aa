using Microsoft.Extensions.Configuration;

namespace Cohorts.Host.Memory;

/// <summary>
/// Limits the C library heap's arenas (<see cref="MemoryOptions.MallocArenas"/>) as the host's process starts, before
/// the web host is built. glibc gives each new thread that allocates an arena of its own until there are more than
/// eight, and then fixes its limit for the life of the process at eight a core: the runtime has made six before the
/// program's first line, and building the web host three more, so a limit set once the host runs comes too late
/// (measured on two cores after a start and some requests: 14 arenas with the limit set as the host's services
/// started, 6 with it set here, those the runtime made before; 1 with <c>MALLOC_ARENA_MAX=2</c> in the environment).
/// </summary>
/// <remarks>
/// The setting is read here from the sources the host reads it from (appsettings.json and
/// appsettings.{environment}.json in the content root, the environment, the command line). A value the host's validation
/// refuses is not applied: the host then refuses to start, naming it, as for any setting.
/// </remarks>
internal static class NativeArenaStart
{
    /// <summary>Reads the setting and applies it.</summary>
    /// <param name="args">The program's command line.</param>
    /// <param name="memory">The process's memory.</param>
    /// <returns>What was asked and whether the C library took it.</returns>
    public static NativeArenas Apply(string[] args, IProcessMemory memory)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(memory);
        return Limit(Setting(args), memory);
    }

    /// <summary>Applies a limit of <paramref name="arenas"/>; 0, or a value out of the setting's range, leaves the heap alone.</summary>
    /// <param name="arenas">The limit asked for.</param>
    /// <param name="memory">The process's memory.</param>
    /// <returns>What was asked and whether the C library took it.</returns>
    public static NativeArenas Limit(int arenas, IProcessMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        return arenas is >= 1 and <= MemoryOptions.MaxMallocArenas
            ? new NativeArenas(arenas, memory.LimitNativeArenas(arenas))
            : new NativeArenas(0, false);
    }

    /// <summary>The setting as the host will read it; -1 when it cannot be read (the host's start says why).</summary>
    private static int Setting(string[] args)
    {
        try
        {
            // The host's own settings first, as WebApplication.CreateBuilder reads them: where its content root is, which environment.
            var host = new ConfigurationBuilder().AddEnvironmentVariables("DOTNET_").AddEnvironmentVariables("ASPNETCORE_").AddCommandLine(args).Build();
            var root = host[HostDefaults.ContentRootKey] is { Length: > 0 } contentRoot ? Path.GetFullPath(contentRoot) : Directory.GetCurrentDirectory();
            var environment = host[HostDefaults.EnvironmentKey] is { Length: > 0 } name ? name : Environments.Production;
            var settings = new ConfigurationBuilder()
                .SetBasePath(root)
                .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
                .AddJsonFile($"appsettings.{environment}.json", optional: true, reloadOnChange: false)
                .AddEnvironmentVariables()
                .AddCommandLine(args)
                .Build();
            return settings.GetValue($"{MemoryOptions.SectionName}:{nameof(MemoryOptions.MallocArenas)}", new MemoryOptions().MallocArenas);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return -1; // unreadable: the host's own start reports it
        }
    }
}
