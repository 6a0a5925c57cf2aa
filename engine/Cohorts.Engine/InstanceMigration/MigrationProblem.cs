namespace Cohorts.Engine.InstanceMigration;

/// <summary>Something that stops a migration, with where it is.</summary>
/// <param name="Path">
/// For a problem of the request, the request's JSON path (<c>mapping.intake</c>, <c>targetVersion</c>); for a reason an
/// instance cannot move, what in the instance it concerns (<c>activities.screening</c>, <c>variables.cohortStart</c>,
/// <c>status</c>).
/// </param>
/// <param name="Message">What is wrong, in words.</param>
public sealed record MigrationProblem(string Path, string Message);
