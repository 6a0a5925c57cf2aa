using System.Text.Json.Nodes;
using Cohorts.Host.Access;
using Cohorts.Host.Identity.Credentials;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Identity;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>
/// Every action on accounts, one method each, for the pages, the API and the command line alike: it checks who may
/// (<see cref="UserAccess"/>), validates (refusals are <see cref="DomainRuleException"/>s naming the field, with
/// <see cref="AccountMessages"/>), then writes. The one place to add an audit row per account action.
/// </summary>
/// <remarks>
/// Its collaborators are internal, so it is built by a factory (<see cref="AccountsServiceCollectionExtensions"/>)
/// through an internal constructor.
/// </remarks>
public sealed class AccountService
{
    private readonly UserAccess _access;
    private readonly UserManager<CohortsUser> _users;
    private readonly Invitations _invitations;
    private readonly PasswordResets _resets;
    private readonly AccountSessions _sessions;
    private readonly AccountDirectory _directory;
    private readonly AccountTransaction _transaction;
    private readonly ILogger<AccountService> _logger;

    internal AccountService(
        UserAccess access,
        UserManager<CohortsUser> users,
        Invitations invitations,
        PasswordResets resets,
        AccountSessions sessions,
        AccountDirectory directory,
        AccountTransaction transaction,
        ILogger<AccountService> logger)
    {
        _access = access;
        _users = users;
        _invitations = invitations;
        _resets = resets;
        _sessions = sessions;
        _directory = directory;
        _transaction = transaction;
        _logger = logger;
    }

    /// <summary>The lockout end of a deactivated account: it never ends (the credentials treat it as disabled).</summary>
    public static readonly DateTimeOffset DeactivatedUntil = DateTimeOffset.MaxValue;

    /// <summary>Answers whether an account is deactivated (not merely locked for a while after failed sign-ins).</summary>
    public static bool IsDeactivated(CohortsUser user) => user?.LockoutEnd is { } end && end >= DeactivatedUntil.AddYears(-1);

    /// <summary>
    /// Creates an administrator account with a password (the command line, on the installation's machine: no one is
    /// signed in), with a name (the address when none is given) and a language (none: French until the administrator
    /// chooses). Refuses an invalid or taken address (<c>email</c>), a name with control characters or too long
    /// (<c>name</c>), a language other than <c>en</c> or <c>fr</c> (<c>language</c>) or a weak password
    /// (<c>password</c>, in Identity's words).
    /// </summary>
    public async Task<string> CreateAdministratorAsync(string? email, string? password, string? name = null, string? language = null)
    {
        var address = AccountRules.RequireEmail(email);
        var displayName = AccountRules.CheckName(name, required: false) ?? address;
        if (language is not null && !AccountLanguages.IsSupported(language))
        {
            throw new DomainRuleException("language", AccountMessages.LanguageInvalid);
        }

        if (await _users.FindByEmailAsync(address) is not null)
        {
            throw DomainRuleException.RecordedAlready("email", AccountMessages.EmailTaken);
        }

        var user = NewUser(address, displayName, language);
        await AccountRules.RequireStrongPasswordAsync(_users, user, password, describe: true);
        await _transaction.RunAsync(
            address,
            AuditActions.AdministratorCreated,
            async _ =>
            {
                await CreateAsync(user, password!, CohortsRoles.Administrator);
                return user;
            },
            created => new JsonObject { ["email"] = created.Email },
            CancellationToken.None);
        AccountsLog.AdministratorCreated(_logger, user.Id);
        return user.Id;
    }

    /// <summary>Invites a person with a role (administrators): the invitation row and its e-mail in one transaction.</summary>
    public async Task<InvitationView> InviteAsync(InvitationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        _access.RequireAdministrator();
        // Every field's problem at once, as a cohort's plan is answered.
        var problems = new List<KeyValuePair<string, string>>();
        var email = Checked(() => AccountRules.RequireEmail(request.Email), problems);
        var role = Checked(() => AccountRules.RequireRole(request.Role), problems);
        var name = Checked(() => AccountRules.CheckName(request.Name, required: false), problems);
        // Not given: the administrator's own language, else the page's (or the request's Accept-Language).
        var inviter = await InviterAsync();
        var language = Checked(() => AccountRules.CheckLanguage(request.Language, inviter.Language ?? System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), problems);
        if (role is not null && role != CohortsRoles.Manager && request.ProgrammeIds is { Count: > 0 })
        {
            problems.Add(new("programmeIds", AccountMessages.ProgrammesOnlyForManagers));
        }

        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems);
        }

        var programmeIds = await _directory.CheckProgrammesAsync(request.ProgrammeIds, "programmeIds", cancellationToken);
        var programmes = string.Join(',', programmeIds);
        if (programmes.Length > Invitation.MaxProgrammeIdsLength)
        {
            throw new DomainRuleException("programmeIds", AccountMessages.TooManyProgrammesToInvite);
        }

        if (await _users.FindByEmailAsync(email!) is not null)
        {
            throw DomainRuleException.RecordedAlready("email", AccountMessages.EmailTaken);
        }

        var invitation = await _invitations.CreateAsync(Draft(email!, role!, name, language!, programmes, inviter, cohort: null), skipIfPending: false, _access.Email, cancellationToken);
        AccountsLog.Invited(_logger, invitation!.Id, role!, inviter.Id ?? "-");
        return InvitationView.Of(invitation, invitation.CreatedAt);
    }

    /// <summary>The value a check returns, or null with its refusal added to <paramref name="problems"/>.</summary>
    private static string? Checked(Func<string?> check, List<KeyValuePair<string, string>> problems)
    {
        try
        {
            return check();
        }
        catch (DomainRuleException refusal)
        {
            problems.AddRange(refusal.Errors.SelectMany(e => e.Value.Select(message => new KeyValuePair<string, string>(e.Key, message))));
            return null;
        }
    }

    /// <summary>
    /// Prepares the invitations of the people a manager adds to a cohort (its coaches and funders, a round's
    /// evaluators), with the manager as their inviter, in the manager's language: the cohort's change writes them in
    /// its own transaction (<see cref="CohortInvitations.WriteAsync"/>), skipping whoever has an account or a pending
    /// invitation by then. Their e-mails name the <paramref name="cohort"/> they are added to.
    /// </summary>
    /// <exception cref="AccessDeniedException">The signed-in user is not a programme manager.</exception>
    public async Task<CohortInvitations> CohortInvitationsAsync(IEnumerable<CohortInvitee> people, string? cohort, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        if (!_access.IsManager)
        {
            throw new AccessDeniedException("Only a programme manager adds people to cohorts.");
        }

        var inviter = await InviterAsync();
        var language = AccountLanguages.OrDefault(inviter.Language ?? System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        var drafts = new List<(Invitation, string)>();
        // A plan's name is checked with the plan, in the change's transaction: one that would not do is not named.
        cohort = string.IsNullOrWhiteSpace(cohort) || cohort.Length > Invitation.MaxNameLength ? null : cohort.Trim();
        foreach (var person in people.DistinctBy(p => p.Email.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var email = person.Email.Trim();
            if (email.Length > 0)
            {
                var draft = Draft(email, person.Role, NameOrNone(person.Name), language, string.Empty, inviter, cohort);
                drafts.Add((draft, _users.NormalizeEmail(email) ?? email.ToUpperInvariant()));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new CohortInvitations(_invitations, drafts, _access.Email, _logger);
    }

    /// <summary>A cohort's person's name for their invitation; none when it would not do for an account (they give theirs when they accept).</summary>
    private static string? NameOrNone(string? name)
    {
        try
        {
            return AccountRules.CheckName(name, required: false);
        }
        catch (DomainRuleException)
        {
            return null;
        }
    }

    /// <summary>Sends a pending invitation again (administrators): a new link, a new expiry.</summary>
    public async Task<InvitationView> ResendInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default)
    {
        _access.RequireAdministrator();
        var invitation = await _invitations.ResendAsync(invitationId, _access.Email, cancellationToken);
        AccountsLog.Resent(_logger, invitation.Id, invitation.Sendings);
        return InvitationView.Of(invitation, invitation.ExpiresAt - TimeSpan.FromTicks(1));
    }

    /// <summary>Cancels a pending invitation (administrators): no link sent to its address opens an account any more.</summary>
    public async Task<InvitationView> CancelInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default)
    {
        _access.RequireAdministrator();
        var invitation = await _invitations.CancelAsync(invitationId, _access.Email, cancellationToken);
        AccountsLog.Cancelled(_logger, invitation.Id);
        return InvitationView.Of(invitation, invitation.ExpiresAt);
    }

    /// <summary>Lists the accounts and the pending invitations (administrators).</summary>
    public async Task<AccountList> ListAsync(CancellationToken cancellationToken = default)
    {
        _access.RequireAdministrator();
        return new AccountList(await _directory.ListAsync(cancellationToken), await _invitations.ListPendingAsync(cancellationToken));
    }

    /// <summary>Gets the programmes' ids and names (for the pages' choices).</summary>
    public Task<IReadOnlyList<KeyValuePair<string, string>>> ListProgrammesAsync(CancellationToken cancellationToken = default)
    {
        _access.RequireAdministrator();
        return _directory.ListProgrammesAsync(cancellationToken);
    }

    /// <summary>
    /// Deactivates an account (administrators; not their own): it cannot sign in, and its cookies, bearer and refresh
    /// tokens are revoked (a new security stamp).
    /// </summary>
    public async Task DeactivateAsync(string userId, CancellationToken cancellationToken = default)
    {
        _access.RequireAdministrator();
        if (string.Equals(userId, _access.UserId, StringComparison.Ordinal))
        {
            throw new DomainRuleException("id", AccountMessages.OwnAccount);
        }

        var user = await RequireUserAsync(userId);
        await _transaction.RunAsync(
            _access.Email,
            AuditActions.Deactivated,
            async _ =>
            {
                Check(await _users.SetLockoutEnabledAsync(user, true));
                Check(await _users.SetLockoutEndDateAsync(user, DeactivatedUntil));
                await _sessions.SignOutEverywhereAsync(user);
                return user;
            },
            Subject,
            cancellationToken);
        AccountsLog.Deactivated(_logger, user.Id, _access.UserId);
    }

    /// <summary>Reactivates a deactivated account (administrators): it can sign in again with its password.</summary>
    public async Task ReactivateAsync(string userId, CancellationToken cancellationToken = default)
    {
        _access.RequireAdministrator();
        var user = await RequireUserAsync(userId);
        await _transaction.RunAsync(
            _access.Email,
            AuditActions.Reactivated,
            async _ =>
            {
                Check(await _users.SetLockoutEndDateAsync(user, null));
                Check(await _users.ResetAccessFailedCountAsync(user));
                return user;
            },
            Subject,
            cancellationToken);
        AccountsLog.Reactivated(_logger, user.Id, _access.UserId);
    }

    /// <summary>Says which programmes a manager manages (administrators).</summary>
    public async Task SetManagedProgrammesAsync(string userId, IReadOnlyList<string?>? programmeIds, CancellationToken cancellationToken = default)
    {
        _access.RequireAdministrator();
        var user = await RequireUserAsync(userId);
        if (!await _users.IsInRoleAsync(user, CohortsRoles.Manager))
        {
            throw new DomainRuleException("id", AccountMessages.NotAManager);
        }

        var ids = await _directory.CheckProgrammesAsync(programmeIds, "programmeIds", cancellationToken);
        await _transaction.RunAsync(
            _access.Email,
            AuditActions.ProgrammesSet,
            async identity =>
            {
                await AccountDirectory.SetProgrammesAsync(identity, user.Id, ids, cancellationToken);
                return user;
            },
            changed => new JsonObject { ["email"] = changed.Email, ["userId"] = changed.Id, ["programmes"] = new JsonArray([.. ids.Select(id => JsonValue.Create(id))]) },
            cancellationToken);
        AccountsLog.ProgrammesSet(_logger, user.Id, _access.UserId, ids.Count);
    }

    /// <summary>Reads an invitation before its acceptance (anyone with the link); refuses (<c>token</c>) one that cannot be accepted.</summary>
    public async Task<InvitationView> FindInvitationAsync(string? token, CancellationToken cancellationToken = default)
    {
        var invitation = await _invitations.FindAcceptableAsync(token, cancellationToken);
        return InvitationView.Of(invitation, invitation.CreatedAt);
    }

    /// <summary>
    /// Accepts an invitation (anyone with the link): creates the account with the name, password and language chosen.
    /// Refuses a bad, used or expired token (<c>token</c>), a missing name (<c>name</c>), a weak password
    /// (<c>password</c>). The caller signs the person in.
    /// </summary>
    public async Task<CohortsUser> AcceptInvitationAsync(string? token, string? name, string? password, string? language, CancellationToken cancellationToken = default)
    {
        var invitation = await _invitations.FindAcceptableAsync(token, cancellationToken);
        var displayName = AccountRules.CheckName(name, required: true)!;
        var chosen = AccountRules.CheckLanguage(language, invitation.Language);
        var user = NewUser(invitation.Email, displayName, chosen);
        await AccountRules.RequireStrongPasswordAsync(_users, user, password, describe: false);
        if (await _users.FindByEmailAsync(invitation.Email) is not null)
        {
            throw DomainRuleException.RecordedAlready("token", AccountMessages.EmailTaken);
        }

        // The claim, the account and the invitation's completion commit together: a failure leaves the invitation usable.
        await _transaction.RunAsync(
            invitation.Email,
            AuditActions.InvitationAccepted,
            async identity =>
            {
                await _invitations.ClaimAsync(identity, invitation, cancellationToken);
                await CreateAsync(user, password!, invitation.Role);
                await Invitations.CompleteAsync(identity, invitation, user.Id, cancellationToken);
                return user;
            },
            created => new JsonObject { ["email"] = created.Email, ["userId"] = created.Id, ["role"] = invitation.Role },
            cancellationToken);
        AccountsLog.Accepted(_logger, invitation.Id, user.Id);
        return user;
    }

    /// <summary>Owes a password reset link to the address's account, if any (anyone): the answer is the same either way.</summary>
    public async Task RequestPasswordResetAsync(string? email, CancellationToken cancellationToken = default)
    {
        if (await _resets.RequestAsync(email, cancellationToken) is { } userId)
        {
            AccountsLog.ResetRequested(_logger, userId);
        }
    }

    /// <summary>Sets a new password with a reset link (anyone with the link; once); the account's other sessions end.</summary>
    public async Task<CohortsUser> ResetPasswordAsync(string? userId, string? token, string? password, CancellationToken cancellationToken = default)
    {
        var user = await _transaction.RunAsync(
            reset => reset.Email,
            AuditActions.PasswordReset,
            async _ =>
            {
                var reset = await _resets.ResetAsync(userId, token, password, cancellationToken);
                await _sessions.SignOutEverywhereAsync(reset);
                return reset;
            },
            Subject,
            cancellationToken);
        AccountsLog.PasswordReset(_logger, user.Id);
        return user;
    }

    /// <summary>Gets the signed-in person's account.</summary>
    public Task<CohortsUser> GetProfileAsync() => RequireUserAsync(_access.UserId, "Sign in again.");

    /// <summary>Changes the signed-in person's name and language.</summary>
    public async Task<CohortsUser> UpdateProfileAsync(string? name, string? language, CancellationToken cancellationToken = default)
    {
        var user = await GetProfileAsync();
        user.DisplayName = AccountRules.CheckName(name, required: true)!;
        user.Language = AccountRules.CheckLanguage(language, user.Language);
        return await _transaction.RunAsync(
            user.Email,
            AuditActions.ProfileChanged,
            async _ =>
            {
                Check(await _users.UpdateAsync(user));
                return user;
            },
            changed => new JsonObject { ["email"] = changed.Email, ["userId"] = changed.Id, ["language"] = changed.Language },
            cancellationToken);
    }

    private static CohortsUser NewUser(string email, string name, string? language) => new()
    {
        UserName = email,
        Email = email,
        EmailConfirmed = true,
        DisplayName = name,
        Language = language,
        CalendarToken = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
    };

    private static Invitation Draft(string email, string role, string? name, string language, string programmeIds, (string? Id, string Name, string? Language) inviter, string? cohort) => new()
    {
        Id = Guid.Empty,
        Email = email,
        Role = role,
        DisplayName = name,
        Language = language,
        ProgrammeIds = programmeIds,
        Cohort = cohort,
        InvitedById = inviter.Id,
        InvitedByName = inviter.Name,
        CreatedAt = default,
        TokenHash = string.Empty,
        ExpiresAt = default,
    };

    private static JsonObject Subject(CohortsUser user) => new() { ["email"] = user.Email, ["userId"] = user.Id };

    private static void Check(IdentityResult result) => IdentityResults.ThrowIfFailed(result);

    private async Task CreateAsync(CohortsUser user, string password, string role)
    {
        var created = await _users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
                ? DomainRuleException.RecordedAlready("email", AccountMessages.EmailTaken)
                : new DomainRuleException("email", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        Check(await _users.AddToRoleAsync(user, role));
    }

    /// <summary>The signed-in user inviting: their id, the name the invitation gives, and their language if they chose one (people they invite get it unless told otherwise).</summary>
    private async Task<(string? Id, string Name, string? Language)> InviterAsync()
    {
        var user = await _users.FindByIdAsync(_access.UserId);
        return (user?.Id, user is null ? "Cohorts" : string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "Cohorts" : user.DisplayName, AccountLanguages.IsSupported(user?.Language ?? string.Empty) ? user!.Language : null);
    }

    private async Task<CohortsUser> RequireUserAsync(string? userId, string? missing = null) =>
        (string.IsNullOrEmpty(userId) ? null : await _users.FindByIdAsync(userId))
        ?? (missing is null ? throw DomainRuleException.NotFound("id", "account", userId ?? string.Empty) : throw new AccessDeniedException(missing));
}
