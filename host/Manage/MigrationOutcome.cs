namespace Cohorts.Host.Manage;

/// <summary>The answer to a migration request: each journey selected, planned (dry run) or moved or refused.</summary>
/// <param name="DryRun">True when nothing changed.</param>
/// <param name="DefinitionId">The definition.</param>
/// <param name="TargetVersion">The version asked.</param>
/// <param name="Instances">Each journey.</param>
public sealed record MigrationOutcome(bool DryRun, string DefinitionId, int TargetVersion, IReadOnlyList<JourneyMigrationView> Instances)
{
    /// <summary>Gets how many journeys can move (dry run) or moved.</summary>
    public int Moved => Instances.Count(i => DryRun ? i.Movable : i.Migrated);

    /// <summary>Gets how many journeys cannot move, or were refused.</summary>
    public int Refused => Instances.Count(i => DryRun ? !i.Movable : !i.Migrated);
}
