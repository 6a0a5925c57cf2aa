namespace Cohorts.Workflows.Services;

/// <summary>
/// Reads an enum value strictly: exactly one of its defined names, in any case (<c>accepted</c>, <c>needsWork</c>).
/// <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> is too lenient for input: it reads numbers
/// (<c>"2"</c>, <c>"99"</c>), surrounding spaces and flag lists (<c>"accepted, rejected"</c> is their bitwise or, which
/// may be another defined value), so every parse of a person's or a client's input goes through here.
/// </summary>
public static class EnumNames
{
    /// <summary>Reads <paramref name="text"/> as one defined name of <typeparamref name="TEnum"/>, ignoring case.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var name in Enum.GetNames<TEnum>())
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse<TEnum>(name);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Reads <paramref name="text"/> as one defined name of <paramref name="enumType"/>, ignoring case.</summary>
    public static bool TryParse(Type enumType, string? text, out object? value)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        foreach (var name in Enum.GetNames(enumType))
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse(enumType, name);
                return true;
            }
        }

        value = null;
        return false;
    }
}
