namespace Cohorts.Engine.InstanceMigration;

/// <summary>
/// Takes part in the steps where a person changes an instance (cancel, migrate, skip): registered in the services, it
/// is called once the step has run and before its commit, and writes what it must in the step's transaction
/// (<see cref="InstanceChange.Transaction"/>): a domain cancelling a journey's sessions, an audit row. An exception
/// abandons the whole step.
/// </summary>
public interface IInstanceChangeParticipant
{
    /// <summary>Writes what the change means to the participant, in the step's transaction.</summary>
    Task OnChangingAsync(InstanceChange change, CancellationToken cancellationToken);
}
