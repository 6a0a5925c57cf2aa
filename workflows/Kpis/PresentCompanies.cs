using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Kpis;

/// <summary>
/// The companies marked present at a held session (an expected company not listed was absent). Attendance is usually
/// written in the order of the session's companies (the pages and the simulator list them so), so a company is first
/// looked for at its own position; only when it is not there (or marked absent there) is the attendance searched: a
/// scan for a coaching session's one or two lines, a set, made on first need, for an event's hundreds. The simulator
/// counts every held session again after each change, so a set per session was most of what the indicators allocated.
/// </summary>
/// <remarks>A mutable struct for that set made once: keep it in a local variable, never in a readonly field.</remarks>
internal struct PresentCompanies
{
    private const int MaxScanned = 8;

    private readonly IReadOnlyList<Attendance> _attendance;
    private HashSet<Guid>? _set;

    public PresentCompanies(Session session)
    {
        _attendance = session.Outcome?.Attendance ?? [];
    }

    /// <summary>Whether the company, the session's <paramref name="position"/>th, is marked present.</summary>
    /// <remarks>
    /// A line at that position naming the company present answers yes, as the search would (present if any line says
    /// so); any other case is the search.
    /// </remarks>
    public bool Contains(Guid companyId, int position)
    {
        if (position < _attendance.Count && _attendance[position] is { Present: true } line && line.CompanyId == companyId)
        {
            return true;
        }

        return Contains(companyId);
    }

    /// <summary>Whether the company is marked present.</summary>
    public bool Contains(Guid companyId)
    {
        if (_attendance.Count > MaxScanned)
        {
            _set ??= [.. _attendance.Where(a => a.Present).Select(a => a.CompanyId)];
            return _set.Contains(companyId);
        }

        for (var i = 0; i < _attendance.Count; i++)
        {
            if (_attendance[i].Present && _attendance[i].CompanyId == companyId)
            {
                return true;
            }
        }

        return false;
    }
}
