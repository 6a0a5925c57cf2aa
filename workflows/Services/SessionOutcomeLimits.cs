namespace Cohorts.Workflows.Services;

/// <summary>Checks a session's outcome report against <see cref="InputLimits"/>, by field.</summary>
internal static class SessionOutcomeLimits
{
    public static void Check(SessionOutcomeReport report, Problems problems)
    {
        problems.Text("recordedBy", report.RecordedBy, InputLimits.MaxEmailLength);
        problems.Text("notes", report.Notes, InputLimits.MaxNotesLength);
        problems.MaxCount("attendance", report.Attendance?.Count ?? 0, InputLimits.MaxAttendance);
        if (report.Visitors is > InputLimits.MaxVisitors)
        {
            problems.Range("visitors", report.Visitors.Value, 0, InputLimits.MaxVisitors);
        }

        var actions = report.Actions ?? [];
        if (!problems.MaxCount("actions", actions.Count, InputLimits.MaxActions))
        {
            return;
        }

        for (var i = 0; i < actions.Count; i++)
        {
            problems.Text($"actions[{i}].description", actions[i]?.Description, InputLimits.MaxActionLength);
            problems.Text($"actions[{i}].owner", actions[i]?.Owner, InputLimits.MaxNameLength);
            problems.Date($"actions[{i}].dueOn", actions[i]?.DueOn);
        }
    }
}
