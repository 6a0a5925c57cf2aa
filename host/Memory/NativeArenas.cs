namespace Cohorts.Host.Memory;

/// <summary>What the host's process start did with the C library heap's arenas (<see cref="NativeArenaStart"/>).</summary>
/// <param name="Limit">The limit the setting asked for; 0 when it asked for none (or could not be read: the host's start then says why).</param>
/// <param name="Taken">Whether the C library took it (false where it is not glibc).</param>
internal sealed record NativeArenas(int Limit, bool Taken);
