using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Errors;

/// <summary>
/// What stops the host, or a command, from starting that the person running it can fix, said in words without a
/// stack trace: a setting its validation refuses, a setting whose value is not of its type (a word where a number
/// goes: the configuration binder's <see cref="InvalidOperationException"/>), a file that cannot be opened or made
/// (the database in a folder that cannot be created, a path that is a folder), an address already in use, a settings
/// file that is not JSON. Anything
/// else is a fault of the program, whose stack trace helps: it is left to the runtime.
/// </summary>
internal static partial class StartupProblems
{
    /// <summary>Exit code for settings to fix.</summary>
    public const int Settings = 2;

    /// <summary>Exit code for a file or an address the host cannot use.</summary>
    public const int Environment = 1;

    private const string SettingsHeading = "Cohorts cannot start. Fix these settings (appsettings.json, environment or command line):";

    /// <summary>
    /// Describes <paramref name="exception"/> (or one it wraps) as a start-up problem: its exit code and the lines to
    /// print; null when it is none of those (a bug).
    /// </summary>
    /// <param name="exception">What start-up threw.</param>
    /// <param name="configuration">The settings, to name the files and addresses the host was told to use; null if not read yet.</param>
    public static StartupProblem? Describe(Exception exception, IConfiguration? configuration)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var all = Flatten(exception).ToList();
        if (all.OfType<OptionsValidationException>().FirstOrDefault() is { } invalid)
        {
            return new(Settings, [SettingsHeading, .. invalid.Failures.Select(f => $"  - {f}")]);
        }

        if (all.OfType<InvalidDataException>().FirstOrDefault(e => e.Message.StartsWith("Failed to load configuration", StringComparison.Ordinal)) is { } unreadable)
        {
            // appsettings.json that is not JSON: the file's name, then the parser's line and position.
            return new(Settings, [SettingsHeading, $"  - {string.Join(" ", Flatten(unreadable).Select(e => e.Message.Trim()).Distinct(StringComparer.Ordinal))}"]);
        }

        var unconvertible = all.OfType<InvalidOperationException>().Select(e => ConversionPattern().Match(e.Message)).FirstOrDefault(m => m.Success);
        if (unconvertible is not null)
        {
            var (value, key, type) = (unconvertible.Groups["value"].Value, unconvertible.Groups["key"].Value, unconvertible.Groups["type"].Value);
            return new(Settings, [SettingsHeading, $"  - {key} must be {Expected(type)}, not '{value}'."]);
        }

        if (all.FirstOrDefault(e => e is SqliteException or IOException or UnauthorizedAccessException) is { } unusable)
        {
            List<string> lines = ["Cohorts cannot start: " + unusable.Message.Trim()];
            lines.AddRange(Used(configuration));
            return new(Environment, lines);
        }

        return null;
    }

    /// <summary>The files and addresses the host was told to use: one of them is the cause.</summary>
    private static IEnumerable<string> Used(IConfiguration? configuration)
    {
        if (configuration is null)
        {
            yield break;
        }

        string[] keys = ["Cohorts:Sqlite:DatabasePath", "Cohorts:Scheduling:DatabasePath", "Cohorts:Mail:PickupDirectory", "Urls"];
        var given = keys.Where(k => !string.IsNullOrWhiteSpace(configuration[k])).ToList();
        if (given.Count == 0)
        {
            yield break;
        }

        yield return "Check the files and addresses it was told to use (their folders must exist or be creatable, and writable):";
        foreach (var key in given)
        {
            yield return $"  - {key} = {configuration[key]}";
        }
    }

    private static string Expected(string typeName) => typeName switch
    {
        "System.Boolean" => "true or false",
        "System.Int32" or "System.Int64" or "System.Int16" or "System.Byte" => "a whole number",
        "System.Double" or "System.Single" or "System.Decimal" => "a number",
        "System.TimeSpan" => "a duration written hh:mm:ss (00:00:30 is thirty seconds)",
        "System.Uri" => "an address",
        _ when FindEnum(typeName) is { } values => $"one of {string.Join(", ", values)}",
        _ => $"a value of type {typeName[(typeName.LastIndexOf('.') + 1)..]}",
    };

    private static string[]? FindEnum(string typeName) =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => a.GetType(typeName, throwOnError: false))
            .FirstOrDefault(t => t is { IsEnum: true }) is { } type
            ? Enum.GetNames(type)
            : null;

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        yield return exception;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : exception.InnerException is { } one ? [one] : [];
        foreach (var wrapped in inner.SelectMany(Flatten))
        {
            yield return wrapped;
        }
    }

    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']*)' to type '(?<type>[^']*)'", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ConversionPattern();
}
