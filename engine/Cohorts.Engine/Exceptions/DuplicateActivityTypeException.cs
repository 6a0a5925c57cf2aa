namespace Cohorts.Engine.Exceptions;

/// <summary>Two activity types were registered under one name.</summary>
public sealed class DuplicateActivityTypeException(string typeName, Type existing, Type added)
    : CohortsException($"Activity type name '{typeName}' is already used by {existing.FullName}; {added.FullName} needs another name ([ActivityType]).")
{
    /// <summary>Gets the clashing name.</summary>
    public string TypeName { get; } = typeName;
}
