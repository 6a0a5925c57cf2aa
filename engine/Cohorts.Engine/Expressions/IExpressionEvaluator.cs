using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions;

/// <summary>Evaluates the expressions of definitions (If and Switch conditions, computed values, templates).</summary>
public interface IExpressionEvaluator
{
    /// <summary>Evaluates an expression to a JSON value.</summary>
    /// <exception cref="ExpressionException">The expression is invalid or failed.</exception>
    JsonNode? Evaluate(string expression, ExpressionScope scope);

    /// <summary>Checks an expression's syntax without running it.</summary>
    /// <returns>The syntax error, or null when the expression parses.</returns>
    string? CheckSyntax(string expression);
}
