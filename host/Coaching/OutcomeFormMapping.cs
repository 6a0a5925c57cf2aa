using System.Globalization;
using System.Text.RegularExpressions;

namespace Cohorts.Host.Coaching;

/// <summary>
/// Maps the outcome form to the API's report (<see cref="OutcomeRequest"/>), and the report's problem fields back to
/// the form's inputs (<c>actions[0].owner</c> is the owner of the first non-blank action row), so the page shows each
/// problem next to its input.
/// </summary>
/// <param name="Request">The report.</param>
/// <param name="ActionRows">For each action of the report, the index of its row in the form.</param>
public sealed partial record OutcomeFormMapping(OutcomeRequest Request, IReadOnlyList<int> ActionRows)
{
    /// <summary>Maps a posted form; blank action rows are left out.</summary>
    public static OutcomeFormMapping From(OutcomeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var rows = form.Actions.Select((action, index) => (action, index)).Where(r => !r.action.IsBlank).ToList();
        var request = new OutcomeRequest(
            [.. form.Attendance.Select(a => new AttendanceRequest(a.CompanyId, a.Present))],
            form.Notes,
            [.. rows.Select(r => new ActionRequest(r.action.Description, r.action.Owner, r.action.DueOn))],
            form.Visitors,
            WalkInLines.Parse(form.WalkIns));
        return new OutcomeFormMapping(request, [.. rows.Select(r => r.index)]);
    }

    /// <summary>
    /// The form input (model-state key under <paramref name="prefix"/>) a problem of the report belongs to, or the
    /// empty key for the form as a whole.
    /// </summary>
    public string FormKey(string field, string prefix)
    {
        ArgumentNullException.ThrowIfNull(field);
        var action = ActionField().Match(field);
        if (action.Success)
        {
            var index = int.Parse(action.Groups[1].Value, CultureInfo.InvariantCulture);
            var row = index < ActionRows.Count ? ActionRows[index] : index;
            var property = action.Groups[2].Value switch
            {
                "owner" => nameof(Coaching.ActionField.Owner),
                "dueOn" => nameof(Coaching.ActionField.DueOn),
                _ => nameof(Coaching.ActionField.Description),
            };
            return $"{prefix}.{nameof(OutcomeForm.Actions)}[{row}].{property}";
        }

        return field switch
        {
            "notes" => $"{prefix}.{nameof(OutcomeForm.Notes)}",
            "visitors" => $"{prefix}.{nameof(OutcomeForm.Visitors)}",
            "actions" => $"{prefix}.{nameof(OutcomeForm.Actions)}",
            _ when field.StartsWith("walkIns", StringComparison.Ordinal) => $"{prefix}.{nameof(OutcomeForm.WalkIns)}",
            _ when field.StartsWith("attendance", StringComparison.Ordinal) => $"{prefix}.{nameof(OutcomeForm.Attendance)}",
            _ => string.Empty,
        };
    }

    [GeneratedRegex(@"^actions\[(\d+)\]\.(\w+)$")]
    private static partial Regex ActionField();
}
