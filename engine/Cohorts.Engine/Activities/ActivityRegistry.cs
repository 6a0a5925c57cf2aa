using System.Collections.Concurrent;
using Cohorts.Engine.Exceptions;

namespace Cohorts.Engine.Activities;

/// <summary>The activity types the engine knows: the built-in ones and whatever a host registers.</summary>
public sealed class ActivityRegistry
{
    private readonly ConcurrentDictionary<string, ActivityDescriptor> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, ActivityDescriptor> _byType = new();

    /// <summary>Initializes a new instance of the <see cref="ActivityRegistry"/> class with the built-in activities.</summary>
    public ActivityRegistry()
    {
        foreach (var type in BuiltInTypes)
        {
            Register(type);
        }
    }

    /// <summary>Gets the built-in activity types.</summary>
    public static IReadOnlyList<Type> BuiltInTypes { get; } =
    [
        typeof(Sequence), typeof(Parallel), typeof(Race), typeof(If), typeof(Switch), typeof(ForEach), typeof(Repeat),
        typeof(Delay), typeof(WaitUntil), typeof(WaitForSignal), typeof(SetVariable), typeof(Finish), typeof(Fail),
    ];

    /// <summary>Gets every registered descriptor.</summary>
    public IEnumerable<ActivityDescriptor> Descriptors => _byName.Values.OrderBy(d => d.TypeName, StringComparer.Ordinal);

    /// <summary>Registers an activity type.</summary>
    public ActivityRegistry Register<TActivity>()
        where TActivity : Activity => Register(typeof(TActivity));

    /// <summary>Registers an activity type.</summary>
    /// <exception cref="DuplicateActivityTypeException">Another type already has the same name.</exception>
    public ActivityRegistry Register(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!typeof(Activity).IsAssignableFrom(type) || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new ArgumentException($"{type} must be a concrete Activity with a parameterless constructor.", nameof(type));
        }

        var descriptor = new ActivityDescriptor(type);
        var existing = _byName.GetOrAdd(descriptor.TypeName, descriptor);
        if (existing.Type != type)
        {
            throw new DuplicateActivityTypeException(descriptor.TypeName, existing.Type, type);
        }

        _byType[type] = existing;
        return this;
    }

    /// <summary>Finds a descriptor by JSON type name.</summary>
    public ActivityDescriptor? Find(string typeName) => _byName.GetValueOrDefault(typeName);

    /// <summary>Finds the descriptor of a CLR type.</summary>
    public ActivityDescriptor? Find(Type type) => _byType.GetValueOrDefault(type);

    /// <summary>Gets the type name of an activity (its class name when it is not registered).</summary>
    public string GetTypeName(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity is MissingActivity missing ? missing.TypeName : Find(activity.GetType())?.TypeName ?? activity.GetType().Name;
    }
}
