using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Host.Identity;
using Cohorts.Host.Programmes;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Demo;

/// <summary>
/// The demo data an empty database gets on the first run (unless <c>Cohorts:Demo:Enabled</c> is false): the accounts
/// of a programme manager, three coaches, a funder and an administrator; a programme from each built-in template with
/// a cohort played to the present (<see cref="DemoScripts"/>, <see cref="DemoHistory"/>).
/// </summary>
internal sealed partial class DemoData(
    IServiceScopeFactory scopes,
    ProgrammeInstaller installer,
    ProgrammeService programmes,
    TimeProvider clock,
    IOptions<DemoOptions> options,
    IOptions<SqliteWorkflowStoreOptions> database,
    IOptions<CohortsDatabaseOptions> provider,
    ILogger<DemoData> logger)
{
    /// <summary>The demo administrator's address.</summary>
    public const string AdministratorEmail = "admin@cohorts.demo";

    /// <summary>Gets the demo accounts (the README lists them too).</summary>
    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new(DemoCohorts.ManagerEmail, CohortsRoles.Manager, "Claire Dubois (CCI des Hauts-de-Seine)"),
        new(DemoCohorts.CoachMartinEmail, CohortsRoles.Coach, "Julien Martin"),
        new(DemoCohorts.CoachLeroyEmail, CohortsRoles.Coach, "Sophie Leroy"),
        new(DemoCohorts.CoachBenaliEmail, CohortsRoles.Coach, "Karim Benali"),
        new(DemoCohorts.FunderEmail, CohortsRoles.Funder, "Conseil départemental des Hauts-de-Seine"),
        new(AdministratorEmail, CohortsRoles.Administrator, "Camille Roux (administration)"),
    ];

    /// <summary>Adds the demo data when the demo is on and the database has no programme yet.</summary>
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled || (await programmes.ListAsync(cancellationToken)).Count > 0)
        {
            return;
        }

        LogSeeding(logger);
        var managerId = await CreateAccountsAsync();
        var zone = CohortsHostExtensions.PagesTimeZone;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        foreach (var script in DemoScripts.All)
        {
            var programme = await installer.InstallTemplateAsync(script.TemplateId, managerId, cancellationToken: cancellationToken);
            await PlayAsync(script, programme.Id, script.Plan(programme.Id, today, options.Value), zone, now, cancellationToken);
        }

        LogSeeded(logger, Accounts.Count);
    }

    private async Task PlayAsync(DemoScript script, string programmeId, CohortPlan plan, TimeZoneInfo zone, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var start = new DateTimeOffset(plan.StartDate.ToDateTime(new TimeOnly(8, 0)), zone.GetUtcOffset(plan.StartDate.ToDateTime(new TimeOnly(8, 0))));
        await using var history = DemoHistory.Create(database.Value, provider.Value, start);
        await history.PlayAsync(script, programmeId, plan, until, cancellationToken);
    }

    private async Task<string> CreateAccountsAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>();
        string? managerId = null;
        foreach (var account in Accounts)
        {
            var user = await users.FindByEmailAsync(account.Email);
            if (user is null)
            {
                user = new CohortsUser
                {
                    UserName = account.Email,
                    Email = account.Email,
                    EmailConfirmed = true,
                    DisplayName = account.DisplayName,
                    CalendarToken = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
                };
                ThrowIfFailed(await users.CreateAsync(user, options.Value.Password));
                ThrowIfFailed(await users.AddToRoleAsync(user, account.Role));
            }

            if (account.Role == CohortsRoles.Manager)
            {
                managerId ??= user.Id;
            }
        }

        return managerId!;
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The demo accounts cannot be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Empty database: adding the demo programmes, cohorts and accounts")]
    private static partial void LogSeeding(ILogger logger);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Demo data added; {Accounts} demo accounts (see the README or the sign-in page)")]
    private static partial void LogSeeded(ILogger logger, int accounts);
}
