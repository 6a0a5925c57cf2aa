using Cohorts.Engine.InstanceMigration;

namespace Cohorts.Engine.Tests.Migration;

/// <summary>Records the changes it is told of, and the instance's status and version as the step left them.</summary>
public sealed class RecordingParticipant : IInstanceChangeParticipant
{
    private readonly List<(InstanceChangeKind Kind, string? Reason, string? Actor, int FromVersion, int ToVersion, bool HasTransaction)> _changes = [];

    /// <summary>Gets the changes told, oldest first.</summary>
    public IReadOnlyList<(InstanceChangeKind Kind, string? Reason, string? Actor, int FromVersion, int ToVersion, bool HasTransaction)> Changes => _changes;

    /// <summary>Gets or sets a value indicating whether the participant fails, abandoning the step.</summary>
    public bool Fails { get; set; }

    /// <inheritdoc />
    public Task OnChangingAsync(InstanceChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (Fails)
        {
            throw new InvalidOperationException("The participant failed.");
        }

        _changes.Add((change.Kind, change.Reason, change.Actor, change.FromVersion, change.Instance.DefinitionVersion, change.Transaction is not null));
        return Task.CompletedTask;
    }
}
