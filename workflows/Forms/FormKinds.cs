namespace Cohorts.Workflows.Forms;

/// <summary>The JSON names of <see cref="QuestionKind"/> (camelCase: <c>shortText</c>, <c>yesNo</c>).</summary>
public static class FormKinds
{
    /// <summary>Gets every kind's JSON name, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<QuestionKind>().Select(NameOf)];

    /// <summary>Gets a kind's JSON name.</summary>
    public static string NameOf(QuestionKind kind) =>
        string.Concat(char.ToLowerInvariant(kind.ToString()[0]).ToString(), kind.ToString()[1..]);

    /// <summary>Finds a kind by its JSON name (exactly).</summary>
    public static bool TryParse(string name, out QuestionKind kind)
    {
        foreach (var candidate in Enum.GetValues<QuestionKind>())
        {
            if (string.Equals(NameOf(candidate), name, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Gets a value indicating whether a kind has options.</summary>
    public static bool HasOptions(QuestionKind kind) => kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;
}
