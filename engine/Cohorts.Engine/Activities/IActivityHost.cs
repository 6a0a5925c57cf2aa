using System.Text.Json.Nodes;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Expressions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;

namespace Cohorts.Engine.Activities;

/// <summary>What the step interpreter offers to <see cref="ActivityContext"/>.</summary>
internal interface IActivityHost
{
    WorkflowInstance Instance { get; }

    WorkflowDefinition Definition { get; }

    DateTimeOffset Now { get; }

    IServiceProvider Services { get; }

    IExpressionEvaluator Evaluator { get; }

    CancellationToken CancellationToken { get; }

    IStepTransaction Transaction { get; }

    void CompleteWorkflow(JsonNode? output);
}
