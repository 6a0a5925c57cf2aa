namespace Cohorts.Workflows.Services;

/// <summary>Adds to <see cref="Problems"/> what goes past an <see cref="InputLimits"/> limit, by field.</summary>
internal static class LimitChecks
{
    /// <summary>
    /// A text longer than <paramref name="max"/> characters, or holding a control character
    /// (<see cref="ControlCharacters"/>); null is left to <see cref="Problems.Required"/>.
    /// </summary>
    public static void Text(this Problems problems, string field, string? value, int max)
    {
        if (LimitMessages.ForText(value, max) is { } message)
        {
            problems.Add(field, message);
        }
    }

    /// <summary>A list of more than <paramref name="max"/> entries. True when within the limit, so its entries are worth checking.</summary>
    public static bool MaxCount(this Problems problems, string field, int count, int max)
    {
        if (count > max)
        {
            problems.Add(field, LimitMessages.ListTooLong(max, count));
            return false;
        }

        return true;
    }

    /// <summary>A number outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static void Range(this Problems problems, string field, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            problems.Add(field, LimitMessages.NumberOutOfRange(min, max, value));
        }
    }

    /// <summary>A date outside [<see cref="InputLimits.EarliestDate"/>, <see cref="InputLimits.LatestDate"/>].</summary>
    public static void Date(this Problems problems, string field, DateOnly? date)
    {
        if (date is { } value && !InputLimits.IsWithinRange(value))
        {
            problems.Add(field, LimitMessages.DateOutOfRange(value));
        }
    }

    /// <summary>An instant whose date is out of range.</summary>
    public static void Date(this Problems problems, string field, DateTimeOffset? instant)
    {
        if (instant is { } value && !InputLimits.IsWithinRange(value))
        {
            problems.Add(field, LimitMessages.DateOutOfRange(DateOnly.FromDateTime(value.DateTime)));
        }
    }

    /// <summary>
    /// A list of tags (needs, expertise): at most <see cref="InputLimits.MaxTags"/>, each short and not blank (a null or
    /// empty entry is refused at its index rather than dropped: the client meant something there).
    /// </summary>
    public static void Tags(this Problems problems, string field, IReadOnlyList<string?>? tags)
    {
        if (tags is null || !problems.MaxCount(field, tags.Count, InputLimits.MaxTags))
        {
            return;
        }

        for (var i = 0; i < tags.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(tags[i]))
            {
                problems.Add($"{field}[{i}]", "An entry cannot be empty.");
                continue;
            }

            problems.Text($"{field}[{i}]", tags[i], InputLimits.MaxShortTextLength);
        }
    }
}
