using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Runtime;

/// <summary>What one step changed besides the instance itself: log lines, incidents and the bookmark rows to add or remove.</summary>
internal sealed class StepChanges
{
    private readonly WorkflowInstance _instance;
    private readonly List<Bookmark> _rowsBefore;

    public StepChanges(WorkflowInstance instance)
    {
        _instance = instance;
        _rowsBefore = HasBookmarkRows(instance) ? [.. instance.State.Bookmarks] : [];
    }

    public List<ExecutionLogEntry> Log { get; } = [];

    public Incident? NewIncident { get; set; }

    public Guid? ResolvedIncidentId { get; set; }

    public IReadOnlyList<Bookmark> AddedBookmarks { get; private set; } = [];

    public IReadOnlyList<Bookmark> RemovedBookmarks { get; private set; } = [];

    /// <summary>Computes the bookmark rows to add and remove from the instance as the step left it.</summary>
    public StepChanges Complete()
    {
        var after = HasBookmarkRows(_instance) ? _instance.State.Bookmarks : [];
        var beforeIds = _rowsBefore.Select(b => b.Id).ToHashSet();
        AddedBookmarks = [.. after.Where(b => !beforeIds.Contains(b.Id))];
        var afterIds = after.Select(b => b.Id).ToHashSet();
        RemovedBookmarks = [.. _rowsBefore.Where(b => !afterIds.Contains(b.Id))];
        return this;
    }

    /// <summary>Only a waiting instance has bookmark rows: a faulted one waits on nothing until it is retried.</summary>
    private static bool HasBookmarkRows(WorkflowInstance instance) => instance.Status == WorkflowStatus.Suspended;
}
