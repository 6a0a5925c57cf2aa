using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>
/// A global name, resolved as <see cref="LazyGlobals"/> defines them: <c>correlationId</c>, then <c>input</c>, then a
/// variable, then <c>variables</c> (a variable of that name hides it). Any other name (a built-in such as <c>Math</c>,
/// or a name not defined, which Jint refuses) is left to Jint.
/// </summary>
/// <param name="name">The name.</param>
internal sealed class DirectName(string name) : DirectExpression
{
    public override bool TryRead(ExpressionScope scope, out JsonNode? value)
    {
        switch (name)
        {
            case "correlationId":
                value = scope.CorrelationId is { } correlationId ? JsonValue.Create(correlationId) : null;
                return true;
            case "input":
                value = scope.Input;
                return true;
        }

        if (DirectJson.TryGetMember(scope.Variables, name, out value))
        {
            return true;
        }

        value = scope.Variables;
        return name == "variables";
    }
}
