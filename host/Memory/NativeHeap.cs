using System.Runtime.InteropServices;

namespace Cohorts.Host.Memory;

/// <summary>
/// The C library's heap (SQLite's page caches, the runtime's own native allocations): on Linux with glibc, what its
/// arenas hold free can be given back to the system, and how many arenas threads spread over can be limited; elsewhere
/// this does nothing.
/// </summary>
internal static class NativeHeap
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Gives back the free pages the C library's heap holds, where it can.</summary>
    public static void Trim() => _ = TryCall(static () => MallocTrim(0), out _);

    /// <summary>
    /// Limits how many arenas glibc's <c>malloc</c> spreads the process's threads over (its own rule: eight a core).
    /// Each arena keeps its own free pages and fragments, so a server whose threads come and go with its load ends up
    /// holding several megabytes in each; the managed heap does not use them, so few arenas cost little contention.
    /// Arenas already made stay; threads then share those.
    /// </summary>
    /// <param name="arenas">The most arenas, at least 1.</param>
    /// <returns>Whether the C library took the limit (false where it is not glibc).</returns>
    public static bool LimitArenas(int arenas)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(arenas, 1);
        return TryCall(() => MallOpt(MallocArenaMax, arenas), out var taken) && taken == 1;
    }

    /// <summary>Calls the C library where it has the function; false, and never again, where it does not.</summary>
    private static bool TryCall(Func<int> call, out int result)
    {
        result = 0;
        if (_unavailable)
        {
            return false;
        }

        try
        {
            result = call();
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true; // not glibc (musl, for one)
            return false;
        }
    }

    // glibc's malloc.h: M_ARENA_MAX.
    private const int MallocArenaMax = -8;

    // DllImport, not LibraryImport: the generated stub needs unsafe code, and this signature is blittable as it is.
    [DllImport("libc", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);

    [DllImport("libc", EntryPoint = "mallopt", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallOpt(int parameter, int value);
}
