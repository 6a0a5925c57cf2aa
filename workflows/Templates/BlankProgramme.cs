using System.Text.Json.Nodes;

namespace Cohorts.Workflows.Templates;

/// <summary>
/// The journey a blank programme starts from: intake, screening, a coach, one coaching session a month for the
/// programme's duration and a final review by the manager, on the French calendar, its texts in the language of the
/// manager who creates it. A manager shapes it afterwards in the definition editor.
/// </summary>
public static class BlankProgramme
{
    /// <summary>A blank programme's duration when none is given, in months.</summary>
    public const int DefaultDurationMonths = 6;

    private const string Nbsp = "\u00a0";

    /// <summary>Writes the company journey of a blank programme.</summary>
    /// <param name="definitionId">The definition's id (<c>{programmeId}-company</c>).</param>
    /// <param name="name">The programme's name.</param>
    /// <param name="timeZone">The time zone (IANA id).</param>
    /// <param name="durationMonths">The programme's duration: one session a month, each within it.</param>
    /// <param name="english">Whether its texts are in English (else French).</param>
    public static string CompanyWorkflowJson(string definitionId, string name, string timeZone, int durationMonths = DefaultDurationMonths, bool english = false)
    {
        var sessions = Math.Max(1, durationMonths);
        var document = JsonNode.Parse(Template)!.AsObject();
        document["id"] = definitionId;
        document["name"] = english ? $"{name}: a company's journey" : $"{name}{Nbsp}: parcours d’une entreprise";
        document["description"] = english
            ? $"Application, screening, a coach, one coaching session a month for {Months(sessions, english)}, then a final review."
            : $"Candidature, sélection, attribution d’un coach, une séance de coaching par mois pendant {Months(sessions, english)}, puis une revue finale.";
        document["timeZone"] = timeZone;
        var coaching = document["root"]!["activities"]![2]!["then"]!["activities"]!.AsArray();
        var recurring = coaching[1]!.AsObject();
        recurring["count"] = sessions;
        recurring["body"]!["title"] = english ? "Coaching session no. ${occurrence + 1}" : "Séance de coaching n°${occurrence + 1}";
        var review = coaching[2]!.AsObject();
        review["name"] = english ? "Final review" : "Revue finale";
        review["criteria"] = english ? "What was done during the coaching, and what comes next." : "Actions menées pendant l’accompagnement et suites prévues.";
        coaching[3]!["reason"] = english ? "Coaching completed." : "Accompagnement terminé.";
        return document.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    private static string Months(int count, bool english) => count == 1
        ? english ? "one month" : "un mois"
        : english ? $"{count} months" : $"{count}{Nbsp}mois";

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
