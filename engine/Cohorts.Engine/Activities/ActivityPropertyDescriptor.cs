using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Cohorts.Engine.Activities;

/// <summary>One setting of an activity type, as bound from and written to JSON.</summary>
public sealed class ActivityPropertyDescriptor
{
    internal ActivityPropertyDescriptor(PropertyInfo property)
    {
        Property = property;
        JsonName = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        IsRequired = property.GetCustomAttribute<RequiredMemberAttribute>() is not null;
    }

    /// <summary>Gets the CLR property.</summary>
    public PropertyInfo Property { get; }

    /// <summary>Gets the property's name in JSON (camelCase).</summary>
    public string JsonName { get; }

    /// <summary>Gets a value indicating whether the property must be given (C# <c>required</c>).</summary>
    public bool IsRequired { get; }

    /// <summary>Gets the property's type.</summary>
    public Type Type => Property.PropertyType;
}
