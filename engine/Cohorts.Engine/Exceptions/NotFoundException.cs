namespace Cohorts.Engine.Exceptions;

/// <summary>A thing named by id does not exist (an instance, a definition version).</summary>
public sealed class NotFoundException : CohortsException
{
    /// <summary>Initializes a new instance of the <see cref="NotFoundException"/> class.</summary>
    public NotFoundException(string kind, string id)
        : base($"No {kind} with id '{id}'.")
    {
        Kind = kind;
        Id = id;
    }

    /// <summary>Gets what was looked for ("workflow instance", "workflow definition").</summary>
    public string Kind { get; }

    /// <summary>Gets the id that was looked for.</summary>
    public string Id { get; }
}
