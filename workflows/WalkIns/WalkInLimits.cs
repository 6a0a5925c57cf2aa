using Cohorts.Workflows.Services;

namespace Cohorts.Workflows.WalkIns;

/// <summary>The walk-ins' limits, and their check by field (<c>walkIns[3].contactEmail</c>).</summary>
public static class WalkInLimits
{
    /// <summary>The most walk-ins one event's outcome records.</summary>
    public const int MaxPerOutcome = 500;

    /// <summary>Checks every walk-in, listing each problem at its JSON path.</summary>
    internal static void Check(IReadOnlyList<WalkIn?> walkIns, Problems problems)
    {
        if (!problems.MaxCount("walkIns", walkIns.Count, MaxPerOutcome))
        {
            return;
        }

        for (var i = 0; i < walkIns.Count; i++)
        {
            var path = $"walkIns[{i}]";
            if (walkIns[i] is not { } walkIn)
            {
                problems.Add(path, "A walk-in is a company: name, sector, headcount, town and contact e-mail.");
                continue;
            }

            problems.Required($"{path}.name", walkIn.Name, "The company's name");
            problems.Required($"{path}.sector", walkIn.Sector, "The sector");
            problems.Required($"{path}.town", walkIn.Town, "The town");
            problems.Required($"{path}.contactEmail", walkIn.ContactEmail, "The contact's e-mail address");
            problems.Text($"{path}.name", walkIn.Name, InputLimits.MaxNameLength);
            problems.Text($"{path}.sector", walkIn.Sector, InputLimits.MaxShortTextLength);
            problems.Text($"{path}.town", walkIn.Town, InputLimits.MaxShortTextLength);
            problems.Text($"{path}.contactEmail", walkIn.ContactEmail, InputLimits.MaxEmailLength);
            problems.Email($"{path}.contactEmail", walkIn.ContactEmail);

            if (walkIn.Headcount is not { } headcount)
            {
                problems.Add($"{path}.headcount", "The headcount is required.");
            }
            else
            {
                problems.Range($"{path}.headcount", headcount, 0, InputLimits.MaxHeadcount);
            }

            problems.Tags($"{path}.needs", walkIn.Needs);
        }
    }
}
