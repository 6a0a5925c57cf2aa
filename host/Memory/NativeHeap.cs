using System.Runtime.InteropServices;

namespace Cohorts.Host.Memory;

/// <summary>
/// The C library's heap (SQLite's page caches, the runtime's own native allocations): on Linux with glibc, what its
/// arenas hold free can be given back to the system; elsewhere this does nothing.
/// </summary>
internal static class NativeHeap
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Gives back the free pages the C library's heap holds, where it can.</summary>
    public static void Trim()
    {
        if (_unavailable)
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true; // not glibc (musl, for one)
        }
    }

    // DllImport, not LibraryImport: the generated stub needs unsafe code, and this signature is blittable as it is.
    [DllImport("libc", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
