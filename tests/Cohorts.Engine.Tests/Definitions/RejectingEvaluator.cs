using System.Text.Json.Nodes;
using Cohorts.Engine.Expressions;

namespace Cohorts.Engine.Tests.Definitions;

/// <summary>An evaluator that finds every expression wrong, to show the reader asks the evaluator it is given.</summary>
internal sealed class RejectingEvaluator(string error) : IExpressionEvaluator
{
    public JsonNode? Evaluate(string expression, ExpressionScope scope) => throw new NotSupportedException();

    public string? CheckSyntax(string expression) => error;
}
