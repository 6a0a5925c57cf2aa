namespace Cohorts.Engine.Activities;

/// <summary>
/// Marks an activity setting that holds an expression (a JavaScript expression over the variables), so that
/// definitions are checked for syntax errors when they are read, built or published.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class ActivityExpressionAttribute : Attribute
{
}
