using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Coaching;

/// <summary>
/// Checks an outcome report before the domain sees it, listing every problem by field (named as in the JSON body:
/// <c>attendance</c>, <c>attendance[0].present</c>, <c>notes</c>, <c>actions[1].owner</c>), and turns it into the
/// domain's attendance and actions. The domain then checks what needs the database: whose session it is, whether it
/// was recorded already, whether it expects each company, and the limits of <see cref="InputLimits"/> on the rest.
/// </summary>
public static class OutcomeRules
{
    /// <summary>Checks the report against the session it is about; answers the domain's attendance and actions.</summary>
    /// <exception cref="DomainRuleException">Something is missing or wrong; every problem is listed by field.</exception>
    public static (IReadOnlyList<Attendance> Attendance, IReadOnlyList<ActionItem> Actions) Check(Session session, OutcomeRequest request)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<KeyValuePair<string, string>>();
        var attendance = CheckAttendance(session, request.Attendance, problems);
        if (string.IsNullOrWhiteSpace(request.Notes))
        {
            problems.Add(new("notes", "Write a few words on what was done and said."));
        }
        else if (LimitMessages.ForText(request.Notes, InputLimits.MaxNotesLength) is { } notes)
        {
            problems.Add(new("notes", notes));
        }

        var actions = CheckActions(request.Actions, problems);
        if (request.Visitors < 0)
        {
            problems.Add(new("visitors", $"Visitors cannot be negative, not {request.Visitors}."));
        }

        return problems.Count > 0 ? throw new DomainRuleException(problems) : (attendance, actions);
    }

    private static List<Attendance> CheckAttendance(Session session, IReadOnlyList<AttendanceRequest?>? lines, List<KeyValuePair<string, string>> problems)
    {
        var attendance = new List<Attendance>();
        if (lines is null)
        {
            problems.Add(new("attendance", "Say whether each expected company attended (an empty list for a session that expects none)."));
            return attendance;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line?.CompanyId is not { } companyId)
            {
                problems.Add(new($"attendance[{i}].companyId", "Name the company (its id)."));
                continue;
            }

            if (line.Present is not { } present)
            {
                problems.Add(new($"attendance[{i}].present", "Say whether the company attended (true or false)."));
                continue;
            }

            attendance.Add(new Attendance(companyId, present));
        }

        var missing = session.CompanyIds.Except(lines.Select(l => l?.CompanyId ?? Guid.Empty)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new("attendance", $"Say whether every expected company attended; missing: {string.Join(", ", missing)}."));
        }

        return attendance;
    }

    private static List<ActionItem> CheckActions(IReadOnlyList<ActionRequest?>? lines, List<KeyValuePair<string, string>> problems)
    {
        var actions = new List<ActionItem>();
        if (lines is null)
        {
            return actions;
        }

        if (lines.Count > InputLimits.MaxActions)
        {
            problems.Add(new("actions", LimitMessages.ListTooLong(InputLimits.MaxActions, lines.Count)));
            return actions;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line?.Description))
            {
                problems.Add(new($"actions[{i}].description", "Say what is to be done."));
            }

            if (string.IsNullOrWhiteSpace(line?.Owner))
            {
                problems.Add(new($"actions[{i}].owner", "Say who does it."));
            }

            if (line is { Description: { } description, Owner: { } owner } && !string.IsNullOrWhiteSpace(description) && !string.IsNullOrWhiteSpace(owner))
            {
                actions.Add(new ActionItem(description.Trim(), owner.Trim(), line.DueOn));
            }
        }

        return actions;
    }
}
