using Cohorts.Host.Errors;
using Cohorts.Host.Identity;
using Cohorts.Host.Identity.Accounts;
using Cohorts.Workflows.DependencyInjection;
using Cohorts.Workflows.Services;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Cli;

/// <summary>
/// <c>create-admin --email &lt;address&gt; --password &lt;password&gt; [--name &lt;name&gt;] [--language en|fr]</c>:
/// brings the database up to date and creates an administrator account, without starting the web server. The name
/// defaults to the address, the language (of the pages and e-mails) to French until the administrator chooses. Exit
/// 0 when created; 1, with the reason on stderr, when the address is taken or invalid, the name or language will not
/// do, the password breaks Identity's rules or a file cannot be opened; 2 for a wrong command line or settings
/// (<see cref="StartupProblems"/>).
/// </summary>
internal static class CreateAdminCommand
{
    public const string Name = "create-admin";

    private const string UsageText = "Usage: create-admin --email <address> --password <password> [--name <name>] [--language en|fr] [--Cohorts:Sqlite:DatabasePath=<file> ...]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            // Asked for: the usage on the standard output, and success.
            await output.WriteLineAsync(UsageText);
            return 0;
        }

        if (!TryParse(args, out var person, out var settings))
        {
            await error.WriteLineAsync(UsageText);
            return CohortsCommands.Usage;
        }

        WebApplicationBuilder? builder = null;
        try
        {
            builder = WebApplication.CreateBuilder(settings);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.AddCohortsHost();
            await using var app = builder.Build();
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.Services.MigrateCohortsAsync();
            await app.Services.GetRequiredService<IdentityDatabase>().MigrateAsync();
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAdministratorAsync(person.Email, person.Password, person.Name, person.Language);
            await output.WriteLineAsync($"Administrator {person.Email.Trim()} created: sign in with this address and password.");
            return CohortsCommands.Done;
        }
        catch (DomainRuleException refused)
        {
            await error.WriteLineAsync($"The administrator was not created: {string.Join(" ", refused.Errors.SelectMany(e => e.Value).Distinct(StringComparer.Ordinal))}");
            return CohortsCommands.Refused;
        }
        catch (Exception ex) when (StartupProblems.Describe(ex, builder?.Configuration) is { } problem)
        {
            // A setting, or a file it cannot open: which, without a stack trace.
            await problem.WriteAsync(error);
            return problem.ExitCode;
        }
    }

    /// <summary>
    /// Reads --email, --password, --name and --language (as "--option value" or "--option=value"); the other arguments
    /// are settings. An option followed by nothing or by another option ("--name --Cohorts:Sqlite:DatabasePath=...") is
    /// a wrong command line: its value is never taken from a setting.
    /// </summary>
    private static bool TryParse(string[] args, out NewAdministrator person, out string[] settings)
    {
        string? email = null;
        string? password = null;
        string? name = null;
        string? language = null;
        List<string> rest = [];
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--email" or "--password" or "--name" or "--language" && (i + 1 == args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
            {
                // An option without its value (a value starting with "--" is given as --option=value).
                person = new NewAdministrator(string.Empty, string.Empty, null, null);
                settings = [];
                return false;
            }

            if (Option(args, ref i, "--email") is { } e)
            {
                email = e;
            }
            else if (Option(args, ref i, "--password") is { } p)
            {
                password = p;
            }
            else if (Option(args, ref i, "--name") is { } n)
            {
                name = n;
            }
            else if (Option(args, ref i, "--language") is { } l)
            {
                language = l;
            }
            else
            {
                rest.Add(arg);
            }
        }

        person = new NewAdministrator(email ?? string.Empty, password ?? string.Empty, name, language);
        settings = [.. rest];
        return email is not null && password is not null;
    }

    private static string? Option(string[] args, ref int index, string name)
    {
        var arg = args[index];
        if (arg.StartsWith(name + "=", StringComparison.Ordinal))
        {
            return arg[(name.Length + 1)..];
        }

        if (string.Equals(arg, name, StringComparison.Ordinal) && index + 1 < args.Length)
        {
            index++;
            return args[index];
        }

        return null;
    }
}
