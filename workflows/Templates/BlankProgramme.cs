using System.Text.Json.Nodes;

namespace Cohorts.Workflows.Templates;

/// <summary>
/// The journey a blank programme starts from: intake, screening, a coach, six monthly coaching sessions and a final
/// review by the manager, on the French calendar. A manager shapes it afterwards in the definition editor.
/// </summary>
public static class BlankProgramme
{
    /// <summary>A blank programme's duration when none is given, in months.</summary>
    public const int DefaultDurationMonths = 6;

    /// <summary>Writes the company journey of a blank programme.</summary>
    /// <param name="definitionId">The definition's id (<c>{programmeId}-company</c>).</param>
    /// <param name="name">The programme's name.</param>
    /// <param name="timeZone">The time zone (IANA id).</param>
    public static string CompanyWorkflowJson(string definitionId, string name, string timeZone)
    {
        var document = JsonNode.Parse(Template)!.AsObject();
        document["id"] = definitionId;
        document["name"] = $"{name} : parcours d’une entreprise";
        document["timeZone"] = timeZone;
        return document.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    private const string Template = """
        {
          "format": 1,
          "id": "blank",
          "name": "blank",
          "description": "Candidature, sélection, attribution d’un coach, une séance de coaching par mois pendant six mois, puis une revue finale.",
          "timeZone": "Europe/Paris",
          "calendar": { "excludeWeekends": true, "holidays": "FR" },
          "root": {
            "type": "Sequence",
            "id": "journey",
            "activities": [
              { "type": "Intake", "id": "intake" },
              { "type": "Screening", "id": "screening" },
              {
                "type": "If",
                "id": "admitted",
                "condition": "screening === 'accepted'",
                "then": {
                  "type": "Sequence",
                  "id": "coaching",
                  "activities": [
                    { "type": "AssignCoach", "id": "assign-coach" },
                    {
                      "type": "RecurringSessions",
                      "id": "monthly-coaching",
                      "every": "P1M",
                      "count": 6,
                      "offset": "PT1H",
                      "body": {
                        "type": "CoachingSession",
                        "id": "coaching-session",
                        "title": "Séance de coaching n°${occurrence + 1}",
                        "at": "plannedAt"
                      }
                    },
                    {
                      "type": "MilestoneReview",
                      "id": "final-review",
                      "name": "Revue finale",
                      "criteria": "Actions menées pendant l’accompagnement et suites prévues.",
                      "at": "cohortEnd",
                      "reviewer": "Manager"
                    },
                    { "type": "Complete", "id": "graduate", "status": "Graduated", "reason": "Accompagnement terminé." }
                  ]
                },
                "else": { "type": "Finish", "id": "not-admitted" }
              }
            ]
          }
        }
        """;
}
