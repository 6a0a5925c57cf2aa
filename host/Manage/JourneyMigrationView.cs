using Cohorts.Engine.InstanceMigration;
using Cohorts.Engine.Instances;

namespace Cohorts.Host.Manage;

/// <summary>One journey of a migration: where its activities, signals and timers go, or why it cannot move.</summary>
/// <param name="Owner">Whose journey it is.</param>
/// <param name="FromVersion">The version it ran.</param>
/// <param name="ToVersion">The version asked.</param>
/// <param name="Status">Its status (after the move, when it moved).</param>
/// <param name="Movable">True when the plan moves it.</param>
/// <param name="Migrated">True when it was moved (never in a dry run).</param>
/// <param name="Activities">Each live activity, where it goes.</param>
/// <param name="Bookmarks">Each signal waited for and timer, where it goes (and when a re-armed timer falls due).</param>
/// <param name="VariablesAdded">Variables the target declares, added with their declared value.</param>
/// <param name="Reasons">Why it cannot move, or was refused.</param>
public sealed record JourneyMigrationView(
    InstanceOwner Owner,
    int FromVersion,
    int ToVersion,
    WorkflowStatus Status,
    bool Movable,
    bool Migrated,
    IReadOnlyList<ActivityMove> Activities,
    IReadOnlyList<BookmarkMove> Bookmarks,
    IReadOnlyList<string> VariablesAdded,
    IReadOnlyList<MigrationProblem> Reasons);
