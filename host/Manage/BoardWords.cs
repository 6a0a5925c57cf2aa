using Cohorts.Engine.Instances;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Manage;

/// <summary>
/// Says where a company is in words, for its board row: "Coaching session 5 of 12 on 6 December 2026; Mid-term review
/// on 6 March 2027". The engine's steps (activities, bookmarks, signals) are not named here: the board folds them away.
/// </summary>
public static class BoardWords
{
    /// <summary>Gets the sentence for a row.</summary>
    public static string Where(BoardRow row, IStringLocalizer<TableText> text, HumanText human)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(human);
        var journey = row.Journey;
        List<string> parts = [];
        if (row.InstanceStatus == WorkflowStatus.Faulted)
        {
            parts.Add(text["journey stopped by an incident"]);
        }

        switch (row.Status)
        {
            case CompanyStatus.Applied or CompanyStatus.Waitlisted when journey.AwaitsScreening:
                parts.Add(text["application waiting for your screening decision"]);
                break;
            case CompanyStatus.Applied:
                parts.Add(text["application received"]);
                break;
            case CompanyStatus.Waitlisted:
                parts.Add(text["on the waiting list"]);
                break;
            case CompanyStatus.Rejected:
                parts.Add(text["not admitted"]);
                break;
            case CompanyStatus.DroppedOut:
                parts.Add(text["dropped out"]);
                break;
            case CompanyStatus.Graduated:
                parts.Add(journey.CoachingPlanned > 0
                    ? text["journey completed, {0} of {1} held", journey.CoachingHeld, human.Count(journey.CoachingPlanned, DomainNoun.Session)]
                    : text["journey completed"]);
                break;
            default:
                Coaching(parts, journey, text, human);
                break;
        }

        if (journey.NextReview is { } review && row.Status is CompanyStatus.Accepted or CompanyStatus.Active)
        {
            parts.Add(review.Late
                ? text["{0}: due on {1}, waits for its decision", review.Name, human.Date(review.At)]
                : text["{0} on {1}", review.Name, human.Date(review.At)]);
        }

        var sentence = parts.Aggregate((a, b) => text["{0}; {1}", a, b]);
        return sentence.Length == 0 ? sentence : char.ToUpper(sentence[0], human.Culture) + sentence[1..];
    }

    private static void Coaching(List<string> parts, BoardJourney journey, IStringLocalizer<TableText> text, HumanText human)
    {
        if (journey.AwaitsCoach)
        {
            parts.Add(text["waiting for a coach with room"]);
        }

        if (journey.NextCoaching is { Number: { } number } next)
        {
            var session = journey.CoachingPlanned >= number
                ? text["coaching session {0} of {1} on {2}", number, journey.CoachingPlanned, human.Date(next.At)]
                : text["coaching session {0} on {1}", number, human.Date(next.At)];
            parts.Add(next.Late ? text["{0}, its outcome not recorded yet", session] : session);
        }
        else if (journey.CoachingPlanned > 0)
        {
            parts.Add(text["{0} of {1} held", journey.CoachingHeld, human.Count(journey.CoachingPlanned, DomainNoun.Session)]);
        }
        else if (!journey.AwaitsCoach)
        {
            parts.Add(text["admitted, no session planned yet"]);
        }
    }
}
