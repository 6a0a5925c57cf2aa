using Cohorts.Engine.Exceptions;

namespace Cohorts.Engine.Expressions;

/// <summary>An expression could not be parsed or failed while running.</summary>
public sealed class ExpressionException : CohortsException
{
    /// <summary>Initializes a new instance of the <see cref="ExpressionException"/> class.</summary>
    public ExpressionException(string expression, string reason, Exception? inner = null)
        : base($"Expression '{expression}' failed: {reason}", inner)
    {
        Expression = expression;
    }

    /// <summary>Gets the expression.</summary>
    public string Expression { get; }
}
