namespace Cohorts.Host.Errors;

/// <summary>
/// Says in words what a .NET type accepts, for the errors of a value the API could not read (<c>System.Int32</c> or
/// <c>int</c> is "a whole number from -2147483648 to 2147483647"), so that a client learns what to send without knowing C#.
/// </summary>
internal static class ExpectedValues
{
    /// <summary>Describes a type named as the serializer or the parameter binder names it.</summary>
    public static string Describe(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        var name = Unwrap(typeName.Trim());
        return name switch
        {
            "Int32" or "int" => "a whole number from -2147483648 to 2147483647",
            "Int64" or "long" => "a whole number from -9223372036854775808 to 9223372036854775807",
            "Int16" or "short" or "Byte" or "byte" or "UInt16" or "UInt32" or "UInt64" or "uint" or "ulong" or "ushort" or "SByte" or "sbyte" => "a whole number in range",
            "Decimal" or "decimal" or "Double" or "double" or "Single" or "float" => "a finite number",
            "Boolean" or "bool" => "true or false",
            "String" or "string" => "a string",
            "Guid" => "an id (a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301)",
            "DateOnly" => "a date that exists, as yyyy-MM-dd",
            "TimeOnly" => "a time of day, as HH:mm or HH:mm:ss",
            "DateTimeOffset" or "DateTime" => "a date and time that exists, in ISO 8601 with its offset (2026-03-16T09:00:00+01:00)",
            "TimeSpan" => "a duration, as d.hh:mm:ss",
            _ when name.EndsWith("[]", StringComparison.Ordinal) || name.StartsWith("List`", StringComparison.Ordinal)
                || name.StartsWith("IReadOnlyList`", StringComparison.Ordinal) || name.StartsWith("IEnumerable`", StringComparison.Ordinal)
                || name.StartsWith("List<", StringComparison.Ordinal) || name.StartsWith("IReadOnlyList<", StringComparison.Ordinal) => "an array",
            _ => "an object or value of the documented shape (see /openapi/v1.json)",
        };
    }

    /// <summary>Drops the namespace and a <c>Nullable</c> wrapper: <c>System.Nullable`1[System.DateOnly]</c> is <c>DateOnly</c>.</summary>
    private static string Unwrap(string name)
    {
        if (name.EndsWith('?'))
        {
            return Unwrap(name[..^1]);
        }

        const string Nullable = "System.Nullable`1[";
        if (name.StartsWith(Nullable, StringComparison.Ordinal) && name.EndsWith(']'))
        {
            return Unwrap(name[Nullable.Length..^1]);
        }

        var generic = name.IndexOfAny(['`', '<']);
        var head = generic < 0 ? name : name[..generic];
        var dot = head.LastIndexOf('.');
        return dot < 0 ? name : name[(dot + 1)..];
    }
}
