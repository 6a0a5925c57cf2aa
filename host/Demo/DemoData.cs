using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Host.Identity;
using Cohorts.Host.Programmes;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Templates;
using Cohorts.Workflows.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
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
        new(DemoCohorts.FunderEmail, CohortsRoles.Funder, DemoCohorts.FunderName),
        new(AdministratorEmail, CohortsRoles.Administrator, "Camille Roux (administration)"),
    ];

    /// <summary>
    /// Adds the demo data when the demo is on and the database has no programme yet, or finishes it when a first start
    /// was stopped part-way (<see cref="IsUnfinishedDemoAsync"/>): the programmes not made yet are added, those made are kept.
    /// </summary>
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var existing = await programmes.ListAsync(cancellationToken);
        if (existing.Count > 0 && !await IsUnfinishedDemoAsync(existing))
        {
            return;
        }

        if (existing.Count == 0)
        {
            LogSeeding(logger);
        }
        else
        {
            LogResuming(logger, existing.Count, DemoScripts.Count);
        }

        await SeedAsync(DemoScripts.Create(), existing, cancellationToken);
        LogSeeded(logger, Accounts.Count);
    }

    /// <summary>
    /// Adds the accounts and, for each of <paramref name="scripts"/> whose programme is not among
    /// <paramref name="existing"/>, the programme and its played cohort; a programme there already is kept as it is, its
    /// manager granted again (a start stopped between the two left it without one).
    /// </summary>
    internal async Task SeedAsync(IReadOnlyList<DemoScript> scripts, IReadOnlyList<Programme> existing, CancellationToken cancellationToken)
    {
        var managerId = await CreateAccountsAsync();
        var zone = CohortsHostExtensions.PagesTimeZone;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var withCohort = await ProgrammesWithACohortAsync(cancellationToken);
        foreach (var script in scripts)
        {
            if (existing.FirstOrDefault(p => Spelling(p.Name) == Spelling(ProgrammeName(script))) is { } made)
            {
                await installer.GrantAsync(made.Id, managerId, cancellationToken);
                if (!withCohort.Contains(made.Id))
                {
                    // Stopped between the programme's installation and its cohort's creation: the cohort is played now.
                    await PlayAsync(script, made.Id, script.Plan(made.Id, today, options.Value), zone, now, cancellationToken);
                }

                continue;
            }

            var programme = await installer.InstallTemplateAsync(script.TemplateId, managerId, cancellationToken: cancellationToken);
            await PlayAsync(script, programme.Id, script.Plan(programme.Id, today, options.Value), zone, now, cancellationToken);
        }
    }

    /// <summary>
    /// Says whether the database holds the demo's beginning and nothing else: its manager's account (made first), and
    /// programmes that are all demo programmes, fewer than the demo makes or one of them without its cohort (stopped
    /// between the two). A database with any other programme is not touched.
    /// </summary>
    private async Task<bool> IsUnfinishedDemoAsync(List<Programme> existing)
    {
        var names = DemoScripts.Create().Select(s => Spelling(ProgrammeName(s))).ToHashSet(StringComparer.Ordinal);
        if (existing.Any(p => !names.Contains(Spelling(p.Name))))
        {
            return false;
        }

        if (existing.Count >= names.Count && (await ProgrammesWithACohortAsync(CancellationToken.None)).Count >= existing.Count)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>();
        return await users.FindByEmailAsync(DemoCohorts.ManagerEmail) is not null;
    }

    /// <summary>
    /// A demo programme's name as it is recognised: with either apostrophe (the templates wrote ' before they wrote ’,
    /// and a start stopped before an upgrade left the older name).
    /// </summary>
    private static string Spelling(string name) => Apostrophes.Forms(name).Straight;

    private static string ProgrammeName(DemoScript script) =>
        ProgrammeTemplates.TryGet(script.TemplateId, out var template)
            ? template.Programme.Name
            : throw new InvalidOperationException($"The demo plays template '{script.TemplateId}', which does not exist.");

    /// <summary>The ids of the programmes that have a cohort.</summary>
    private async Task<HashSet<string>> ProgrammesWithACohortAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync(cancellationToken);
        return [.. await db.Cohorts.AsNoTracking().Select(c => c.ProgrammeId).Distinct().ToListAsync(cancellationToken)];
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
            }

            // Apart from the account: a start stopped between the two left an account without its role.
            if (!await users.IsInRoleAsync(user, account.Role))
            {
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

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Unfinished demo data ({Made} of {All} programmes): adding the rest")]
    private static partial void LogResuming(ILogger logger, int made, int all);

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Empty database: adding the demo programmes, cohorts and accounts")]
    private static partial void LogSeeding(ILogger logger);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Demo data added; {Accounts} demo accounts (see the README or the sign-in page)")]
    private static partial void LogSeeded(ILogger logger, int accounts);
}
