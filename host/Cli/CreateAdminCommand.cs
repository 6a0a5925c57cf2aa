using Cohorts.Host.Errors;
using Cohorts.Host.Identity;
using Cohorts.Host.Identity.Accounts;
using Cohorts.Workflows.DependencyInjection;
using Cohorts.Workflows.Services;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Cli;

/// <summary>
/// <c>create-admin --email &lt;address&gt; --password &lt;password&gt;</c>: brings the database up to date and creates
/// an administrator account, without starting the web server. Exit 0 when created; 1, with the reason on stderr,
/// when the address is taken or invalid or the password breaks Identity's rules or a file cannot be opened; 2 for a
/// wrong command line or settings (<see cref="StartupProblems"/>).
/// </summary>
internal static class CreateAdminCommand
{
    public const string Name = "create-admin";

    private const string UsageText = "Usage: create-admin --email <address> --password <password> [--Cohorts:Sqlite:DatabasePath=<file> ...]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var email, out var password, out var settings))
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
            await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAdministratorAsync(email, password);
            await output.WriteLineAsync($"Administrator {email.Trim()} created: sign in with this address and password.");
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

    /// <summary>Reads --email and --password (as "--name value" or "--name=value"); the other arguments are settings.</summary>
    private static bool TryParse(string[] args, out string email, out string password, out string[] settings)
    {
        string? foundEmail = null;
        string? foundPassword = null;
        List<string> rest = [];
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (Option(args, ref i, "--email") is { } e)
            {
                foundEmail = e;
            }
            else if (Option(args, ref i, "--password") is { } p)
            {
                foundPassword = p;
            }
            else
            {
                rest.Add(arg);
            }
        }

        email = foundEmail ?? string.Empty;
        password = foundPassword ?? string.Empty;
        settings = [.. rest];
        return foundEmail is not null && foundPassword is not null;
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
