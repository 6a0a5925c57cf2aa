namespace Cohorts.Host.Cli;

/// <summary>
/// The host's commands, run instead of the web server when the first argument names one
/// (<c>dotnet Cohorts.Host.dll create-admin --email ... --password ...</c>); every other argument is a setting as for
/// the server (<c>--Cohorts:Sqlite:DatabasePath=...</c>).
/// </summary>
public static class CohortsCommands
{
    /// <summary>Exit code: done.</summary>
    public const int Done = 0;

    /// <summary>Exit code: refused (the message on stderr says why).</summary>
    public const int Refused = 1;

    /// <summary>Exit code: the command line or the settings are wrong.</summary>
    public const int Usage = 2;

    /// <summary>Answers whether the arguments name a command (rather than starting the web server).</summary>
    public static bool Handles(IReadOnlyList<string> args) =>
        args is [CreateAdminCommand.Name, ..];

    /// <summary>Runs the command the arguments name; answers its exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args[0] switch
        {
            CreateAdminCommand.Name => CreateAdminCommand.RunAsync(args[1..], output, error),
            _ => Task.FromResult(Usage),
        };
    }
}
