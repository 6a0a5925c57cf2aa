using Cohorts.Engine.Persistence;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>A migrated database of either provider with the engine's stores on it, removed on dispose.</summary>
public interface IStoreTestDatabase : IAsyncDisposable
{
    /// <summary>Gets the instance store.</summary>
    IWorkflowInstanceStore InstanceStore { get; }

    /// <summary>Gets the definition store.</summary>
    IWorkflowDefinitionStore DefinitionStore { get; }
}
