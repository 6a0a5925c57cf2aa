using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Web;

/// <summary>
/// The host as a web server, in every environment: its static files found wherever it runs from, no <c>Server</c>
/// header, the security headers on every answer, absolute links from <c>Cohorts:PublicBaseUrl</c>.
/// </summary>
internal static class WebHostingExtensions
{
    /// <summary>The folder of the static files, beside the content root or the host's assembly.</summary>
    public const string WebRootFolder = "wwwroot";

    /// <summary>Registers the web server's settings and <see cref="PublicLinks"/>.</summary>
    public static WebApplicationBuilder AddCohortsWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<KestrelServerOptions>(options =>
        {
            options.AddServerHeader = false;
            RequestHeadLimits.ConfigureServer(options.Limits);
        });
        AddStaticFileRoots(builder);
        builder.Services.AddOptions<PublicSiteOptions>().BindConfiguration(PublicSiteOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PublicSiteOptions>, PublicSiteOptionsValidator>();
        builder.Services.AddSingleton<PublicLinks>();
        return builder;
    }

    /// <summary>
    /// Finds the stylesheet and the icon outside Development too. The built host serves its project's wwwroot through
    /// the static web assets manifest beside the assembly, which ASP.NET Core reads only in Development by default: it
    /// is read here in every environment (the built host run from the repository root, or by the tests). The published
    /// host has its wwwroot beside the assembly: used when the content root (the working directory) has none.
    /// </summary>
    private static void AddStaticFileRoots(WebApplicationBuilder builder)
    {
        var environment = builder.Environment;
        if (!environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        // WebRootPath is null when the content root has no wwwroot.
        var beside = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, WebRootFolder));
        var current = environment.WebRootPath is { } root ? Path.GetFullPath(root) : null;
        if (Directory.Exists(beside) && !string.Equals(Trimmed(beside), current is null ? null : Trimmed(current), StringComparison.Ordinal))
        {
            environment.WebRootFileProvider = new CompositeFileProvider(environment.WebRootFileProvider, new PhysicalFileProvider(beside));
        }
    }

    private static string Trimmed(string path) => path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);

    /// <summary>Adds the security headers (<see cref="SecurityHeaders"/>); first, so that every answer has them.</summary>
    public static IApplicationBuilder UseCohortsWeb(this IApplicationBuilder app) => app.UseSecurityHeaders();
}
