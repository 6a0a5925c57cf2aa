using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Identity;

/// <summary>
/// The signed-in person as Identity makes them (id, address, roles, security stamp), with the name they go by
/// (<see cref="NameClaim"/>), so that the pages greet them by it rather than by their address.
/// </summary>
public sealed class CohortsClaimsPrincipalFactory(UserManager<CohortsUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CohortsUser, IdentityRole>(users, roles, options)
{
    /// <summary>The claim holding the account's display name, when it has one.</summary>
    public const string NameClaim = "cohorts_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CohortsUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(NameClaim, user.DisplayName));
        }

        return identity;
    }
}
