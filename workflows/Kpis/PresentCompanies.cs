using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Kpis;

/// <summary>
/// The companies marked present at a held session (an expected company not listed was absent): a scan of the
/// attendance for a coaching session's one or two lines, a set for an event's hundreds. The simulator counts every held
/// session again after each change, so a set per coaching session was most of what the indicators allocated.
/// </summary>
internal readonly struct PresentCompanies
{
    private const int MaxScanned = 8;

    private readonly IReadOnlyList<Attendance> _attendance;
    private readonly HashSet<Guid>? _set;

    public PresentCompanies(Session session)
    {
        _attendance = session.Outcome?.Attendance ?? [];
        _set = _attendance.Count > MaxScanned ? [.. _attendance.Where(a => a.Present).Select(a => a.CompanyId)] : null;
    }

    /// <summary>Whether the company is marked present.</summary>
    public bool Contains(Guid companyId)
    {
        if (_set is not null)
        {
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
