using System.Reflection;

namespace Cohorts.Engine.Activities;

/// <summary>A registered activity type: its JSON name and its settings.</summary>
public sealed class ActivityDescriptor
{
    internal ActivityDescriptor(Type type)
    {
        Type = type;
        TypeName = type.GetCustomAttribute<ActivityTypeAttribute>()?.TypeName ?? type.Name;
        Properties = GetSettings(type).Select(p => new ActivityPropertyDescriptor(p)).ToArray();
        Defaults = (Activity)Activator.CreateInstance(type)!;
    }

    /// <summary>Gets the CLR type.</summary>
    public Type Type { get; }

    /// <summary>Gets the type name used in JSON and in logs.</summary>
    public string TypeName { get; }

    /// <summary>Gets the settings, in declaration order (base class first).</summary>
    public IReadOnlyList<ActivityPropertyDescriptor> Properties { get; }

    /// <summary>Gets an instance with every setting at its default (to omit defaults when writing).</summary>
    internal Activity Defaults { get; }

    /// <summary>Gets the public init/set properties of a settings type, base class first, excluding Id and DisplayName.</summary>
    internal static IEnumerable<PropertyInfo> GetSettings(Type type)
    {
        var chain = new Stack<Type>();
        for (var t = type; t is not null && t != typeof(Activity) && t != typeof(object); t = t.BaseType)
        {
            chain.Push(t);
        }

        foreach (var t in chain)
        {
            foreach (var property in t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (property.CanWrite && property.GetIndexParameters().Length == 0 && property.SetMethod!.IsPublic)
                {
                    yield return property;
                }
            }
        }
    }
}
