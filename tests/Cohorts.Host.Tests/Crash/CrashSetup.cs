using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Cohorts.Host.Tests.Crash;

/// <summary>
/// Prepares a data folder for the crash test, with the host in-process (demo off) before the real process takes over:
/// a manager account, the Boost Innovation programme from its template with a short company journey published over
/// it (screening, coach, two sessions planned yesterday, a milestone the manager decides, a short delay, graduation),
/// a trivial cohort-wide workflow, and cohorts launched with a first day yesterday, so every company awaits screening.
/// </summary>
internal static class CrashSetup
{
    public const string ManagerEmail = "crash.manager@cohorts.test";
    public const string ProgrammeId = "boost-innovation";
    public const string CompanyDefinitionId = "boost-innovation-company";
    public const string CohortDefinitionId = "boost-innovation-cohort";

    /// <summary>The sessions a company's journey plans, by title; the milestone it sets.</summary>
    public static readonly IReadOnlyList<string> SessionTitles = ["Séance 1", "Séance 2"];
    public const string MilestoneName = "Revue";

    /// <summary>The Delay activity between the decisions and graduation: a timer every finished journey goes through.</summary>
    public const string CoolDownActivityId = "cool-down";

    private static readonly string CompanyJourney = $$"""
        {
          "format": 1,
          "id": "{{CompanyDefinitionId}}",
          "name": "Crash test: a short company journey",
          "timeZone": "Europe/Paris",
          "root": {
            "type": "Sequence", "id": "journey",
            "activities": [
              { "type": "Intake", "id": "intake" },
              { "type": "Screening", "id": "screening" },
              {
                "type": "If", "id": "admitted", "condition": "screening === 'accepted'",
                "then": {
                  "type": "Sequence", "id": "coaching",
                  "activities": [
                    { "type": "AssignCoach", "id": "assign-coach" },
                    {
                      "type": "Parallel", "id": "work",
                      "branches": [
                        {
                          "type": "Sequence", "id": "sessions",
                          "activities": [
                            { "type": "CoachingSession", "id": "first-session", "title": "{{SessionTitles[0]}}", "at": "cohortStart", "offset": "PT1H", "skipCalendar": true, "keepTime": true },
                            { "type": "CoachingSession", "id": "second-session", "title": "{{SessionTitles[1]}}", "at": "cohortStart", "offset": "PT2H", "skipCalendar": true, "keepTime": true }
                          ]
                        },
                        { "type": "MilestoneReview", "id": "review", "name": "{{MilestoneName}}", "criteria": "Plan d'action engagé.", "at": "cohortStart", "offset": "PT3H", "reviewer": "Manager", "skipCalendar": true }
                      ]
                    },
                    { "type": "Delay", "id": "{{CoolDownActivityId}}", "duration": "PT3S" },
                    { "type": "Complete", "id": "graduate", "status": "Graduated", "reason": "Parcours terminé." }
                  ]
                },
                "else": { "type": "Finish", "id": "not-admitted" }
              }
            ]
          }
        }
        """;

    private static readonly string CohortWorkflow = $$"""
        {
          "format": 1,
          "id": "{{CohortDefinitionId}}",
          "name": "Crash test: no collective events",
          "root": {
            "type": "Sequence", "id": "cohort",
            "activities": [ { "type": "SetVariable", "id": "set-cohort-id", "variable": "cohortId", "expression": "input.cohortId" } ]
          }
        }
        """;

    /// <summary>Makes the installation (on <paramref name="settings"/>' database when given); answers the cohorts' ids.</summary>
    public static async Task<IReadOnlyList<Guid>> PrepareAsync(HostFiles files, int cohorts, int companiesPerCohort, IReadOnlyDictionary<string, string>? settings = null)
    {
        var ids = new List<Guid>();
        var quiet = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            quiet[key] = value;
        }

        await using (var factory = new CohortsHostFactory(files, settings: quiet))
        {
            await factory.CreateUserAsync(ManagerEmail, CohortsRoles.Manager);
            using var manager = await factory.CreateApiClientAsync(ManagerEmail);
            await ExpectAsync(await manager.PostAsJsonAsync("/api/programmes", new { templateId = ProgrammeId }), HttpStatusCode.Created);
            await PublishAsync(manager, CompanyDefinitionId, CompanyJourney);
            await PublishAsync(manager, CohortDefinitionId, CohortWorkflow);

            var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
            var yesterday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), paris).DateTime).AddDays(-1);
            for (var c = 0; c < cohorts; c++)
            {
                var plan = new
                {
                    programmeId = ProgrammeId,
                    name = $"Promotion {c + 1}",
                    startDate = yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    companies = Enumerable.Range(1, companiesPerCohort).Select(i => new
                    {
                        name = $"Entreprise {c + 1}-{i:D3}",
                        sector = "Industrie",
                        headcount = 10 + i,
                        location = "Nanterre",
                        contactEmail = $"contact.{c + 1}.{i}@example.fr",
                        needs = new[] { "innovation" },
                    }),
                    coaches = Enumerable.Range(1, 3).Select(j => new
                    {
                        name = $"Coach {c + 1}-{j}",
                        email = $"coach.{c + 1}.{j}@example.fr",
                        capacity = companiesPerCohort,
                        expertise = new[] { "innovation" },
                    }),
                    launch = true,
                };
                var created = await ExpectAsync(await manager.PostAsJsonAsync("/api/cohorts", plan), HttpStatusCode.Created);
                ids.Add(created.GetProperty("cohortId").GetGuid());
            }
        }

        SqliteConnection.ClearAllPools();
        return ids;
    }

    private static async Task PublishAsync(HttpClient manager, string definitionId, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        await ExpectAsync(await manager.PostAsync($"/api/programmes/{ProgrammeId}/definitions/{definitionId}/versions", content), HttpStatusCode.Created);
    }

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected, $"Setup: {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode} {text}");
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}
