namespace Cohorts.Engine.Expressions.Direct;

/// <summary>How deep a direct expression copies objects and arrays.</summary>
internal static class DirectExpressionDepth
{
    /// <summary>Deeper values are left to Jint, whose result is parsed by <c>JsonNode.Parse</c> (64 levels at most).</summary>
    public const int Max = 60;
}
