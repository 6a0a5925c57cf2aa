namespace Cohorts.Engine.Activities;

/// <summary>Names an activity type in the JSON format (the class name is used otherwise).</summary>
/// <param name="typeName">The type name, e.g. <c>CoachingSession</c>.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityTypeAttribute(string typeName) : Attribute
{
    /// <summary>Gets the type name.</summary>
    public string TypeName { get; } = typeName;
}
