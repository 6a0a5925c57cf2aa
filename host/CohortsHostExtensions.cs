using System.Globalization;
using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Host.Access;
using Cohorts.Host.Api;
using Cohorts.Host.Demo;
using Cohorts.Host.Errors;
using Cohorts.Host.Health;
using Cohorts.Host.Identity;
using Cohorts.Host.Inbox;
using Cohorts.Host.Localization;
using Cohorts.Host.Mail;
using Cohorts.Host.Manage;
using Cohorts.Host.Memory;
using Cohorts.Host.Programmes;
using Cohorts.Host.Outbox;
using Cohorts.Host.Portal;
using Cohorts.Host.Scheduling;
using Cohorts.Host.Web;
using Cohorts.Workflows.DependencyInjection;
using Cohorts.Workflows.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using Scalar.AspNetCore;

namespace Cohorts.Host;

/// <summary>
/// Wires the host: the engine and the cohort domain on their SQLite file, timers through Quartz, sign-in and roles,
/// the pages (English and French), the REST API with its OpenAPI document, problem details, security headers and
/// static files in every environment, health checks, demo data.
/// </summary>
public static class CohortsHostExtensions
{
    /// <summary>The programmes' time zone, in which pages show dates and times.</summary>
    internal static readonly TimeZoneInfo PagesTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Registers the host's services from configuration.</summary>
    public static WebApplicationBuilder AddCohortsHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddCohortsErrors();
        services.AddCohortsMemory(); // first: its arena limit starts before the other hosted services' threads
        builder.AddCohortsWeb();
        services.AddCohortsWorkflows();
        services.AddOptions<SqliteWorkflowStoreOptions>().BindConfiguration(SqliteWorkflowStoreOptions.SectionName);
        services.AddOptions<CohortsDatabaseOptions>().BindConfiguration(CohortsDatabaseOptions.SectionName);
        services.AddOptions<Attachments.AttachmentOptions>().BindConfiguration(Attachments.AttachmentOptions.SectionName);
        services.AddSingleton<Attachments.AttachmentFiles>();
        services.AddSingleton<Attachments.AttachmentUploader>();
        services.AddScoped<Attachments.AttachmentActions>();
        services.AddScoped<Organisations.OrganisationActions>();
        services.AddScoped<Reporting.FormSynthesis.FormAnswersReader>();
        services.AddScoped<Reporting.FormSynthesis.FormSummaryQuery>();
        services.AddScoped<Reporting.TourSynthesis.TourSynthesisReader>();
        // Hosted services start in registration order: the launches' recovery starts the journeys a stopped process left
        // unstarted before the outbox delivers the signals it left (an event's, whose walk-ins must have their journeys).
        services.AddHostedService<LaunchRecoveryService>();
        services.AddCohortsOutbox();
        services.AddCohortsMail();
        services.AddCohortsScheduling(builder.Configuration);
        services.AddCohortsIdentity();
        services.AddSingleton<ProgrammeInstaller>();
        services.AddCohortsManagement();
        Evaluations.EvaluationsServiceCollectionExtensions.AddCohortsEvaluations(services);
        services.AddCohortsInbox();
        services.AddCohortsDemo();
        services.AddCohortsPortal();

        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizerFactory, ElidingStringLocalizerFactory>(); // French elisions (d'Atelier)
        services.Configure<RequestLocalizationOptions>(CohortsCultures.Configure);
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Manage", CohortsPolicies.Manager);
                options.Conventions.AuthorizeFolder("/Coach", CohortsPolicies.Coach);
                // The forms to answer also serve event organisers, whatever their role: any signed-in person sees theirs.
                options.Conventions.AddPageApplicationModelConvention("/Coach/Forms", FormsPages.OpenToAnySignedIn);
                options.Conventions.AddPageApplicationModelConvention("/Coach/Form", FormsPages.OpenToAnySignedIn);
                options.Conventions.AuthorizeFolder("/Funder", CohortsPolicies.Funder);
                options.Conventions.AuthorizeFolder("/Admin", CohortsPolicies.Administrator);
                options.Conventions.ConfigureFilter(new Web.PageMethods());
                options.Conventions.ConfigureFilter(new Web.PageHandlerRequired());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedText)));
        services.AddLocalizedBindingMessages();
        // French pages: write accented letters as they are, not as &#xE9; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddScoped(provider => new HumanText(CultureInfo.CurrentUICulture, provider.GetRequiredService<TimeProvider>(), PagesTimeZone));
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<BearerSecurityTransformer>().AddSchemaTransformer<PlainTextSchemaTransformer>().AddSchemaTransformer<OffsetDateTimeSchemaTransformer>();
            var included = options.ShouldInclude;
            options.ShouldInclude = description => !HeadRequests.IsHead(description) && included(description);
        });
        services.AddValidation();

        // A context per health-check scope, from the engine's pooled factory, for the EF Core health check.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext());
        services.AddHealthChecks()
            .AddDbContextCheck<WorkflowDbContext>("database")
            .AddQuartz(check => check.Name = "scheduler");
        return builder;
    }

    /// <summary>Migrates the database, adds the demo data on a first run, and maps the pages and endpoints.</summary>
    public static async Task UseCohortsHostAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.MigrateCohortsAsync();
        await app.Services.GetRequiredService<IdentityDatabase>().MigrateAsync();
        await SchedulerFile.PrepareAsync(
            app.Services.GetRequiredService<IOptions<CohortsDatabaseOptions>>().Value,
            app.Services.GetRequiredService<IOptions<Scheduling.SchedulingOptions>>().Value,
            CancellationToken.None);
        await app.Services.GetRequiredService<DemoData>().SeedIfEmptyAsync();

        app.UseCohortsWeb();
        app.UsePortalResponses();
        app.UseCohortsErrors();
        app.UseRequestHeadLimits();
        app.UseRequestBodyLimits();
        app.UseFormNullCharacters();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        // /health and /health/ready: the database and the scheduler answer (readiness: send traffic here);
        // /health/live: the process answers at all (liveness: restart it when not), whatever the database does.
        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync });
        app.MapHealthChecks("/health/ready", new() { ResponseWriter = HealthResponse.WriteAsync });
        app.MapHealthChecks("/health/live", new() { ResponseWriter = HealthResponse.WriteAsync, Predicate = _ => false });
        app.MapOpenApi("/openapi/{documentName}.json").AnswerHead();
        app.MapScalarApiReference("/api-reference", options => options.WithTitle("Cohorts API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapCohortsApi();
        app.MapCultureSwitch();
        app.MapRazorPages();
    }
}
