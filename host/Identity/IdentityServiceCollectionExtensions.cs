using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.EntityFrameworkCore.Providers;
using Cohorts.Host.Access;
using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Identity.Credentials;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Identity;

/// <summary>
/// Sign-in with ASP.NET Core Identity on the engine's database file: a cookie for the pages, bearer tokens for the API
/// (POST /api/auth/token), either accepted everywhere; one policy per role; <see cref="UserAccess"/> per request.
/// </summary>
internal static class IdentityServiceCollectionExtensions
{
    /// <summary>The default scheme: the bearer token when the request carries one, the cookie otherwise.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    public static IServiceCollection AddCohortsIdentity(this IServiceCollection services)
    {
        // Pooled: every request with a bearer token or a cookie reads through it (the account, the managed programmes).
        services.AddPooledDbContextFactory<CohortsIdentityDbContext>((provider, builder) =>
            builder.UseCohortsDatabase(provider, CohortsIdentityDbContext.MigrationsHistoryTable));
        services.AddSingleton<IdentityDatabase>();

        services.AddAuthentication(CookieOrBearer)
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options => options.ForwardDefaultSelector = SelectScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();
        services.AddIdentityCore<CohortsUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CohortsIdentityDbContext>()
            .AddClaimsPrincipalFactory<CohortsClaimsPrincipalFactory>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        services.AddCohortsCredentials();

        services.AddAuthorizationBuilder()
            .AddPolicy(CohortsPolicies.Manager, policy => policy.RequireRole(CohortsRoles.Manager))
            .AddPolicy(CohortsPolicies.Coach, policy => policy.RequireRole(CohortsRoles.Coach))
            .AddPolicy(CohortsPolicies.Funder, policy => policy.RequireRole(CohortsRoles.Funder))
            .AddPolicy(CohortsPolicies.Administrator, policy => policy.RequireRole(CohortsRoles.Administrator));
        services.AddHttpContextAccessor();
        services.AddScoped<UserAccess>();
        services.TryAddSingleton<Reporting.DomainDataVersion>();
        services.TryAddSingleton<AccessCache>();
        services.AddSingleton<Memory.IReleasableMemory>(provider => provider.GetRequiredService<AccessCache>());
        services.AddCohortsAccounts();
        return services;
    }

    /// <summary>
    /// The bearer token when the request carries one; otherwise the cookie, except for the API's writes: a cookie is
    /// sent by the browser on any site's request, so an API write (which has no antiforgery token) must carry the bearer
    /// token (the pages' forms have their antiforgery tokens). The cookie still reads the API (charts, exports).
    /// </summary>
    private static string SelectScheme(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return IdentityConstants.BearerScheme;
        }

        var write = !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method));
        return write && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;
    }

    /// <summary>The API answers 401/403 where a page would redirect to the sign-in or access-denied page.</summary>
    private static Task RedirectOrStatus(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
