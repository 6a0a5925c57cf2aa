using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;

namespace Cohorts.Engine.InstanceMigration;

/// <summary>A change made to an instance by a person, told to the <see cref="IInstanceChangeParticipant"/>s inside the step that makes it.</summary>
/// <param name="Kind">What was done.</param>
/// <param name="Instance">The instance as the step leaves it (not committed yet).</param>
/// <param name="Reason">The reason given (cancel, skip), if any.</param>
/// <param name="Actor">Who did it, if known.</param>
/// <param name="FromVersion">The definition version the instance ran before the step.</param>
/// <param name="Transaction">The step's unit of work: join it to write rows that commit with the step.</param>
/// <param name="Now">The step's instant.</param>
public sealed record InstanceChange(
    InstanceChangeKind Kind,
    WorkflowInstance Instance,
    string? Reason,
    string? Actor,
    int FromVersion,
    IStepTransaction Transaction,
    DateTimeOffset Now);
