namespace Cohorts.Workflows.Forms.Aggregation;

/// <summary>
/// What the answers to one question add up to, in one group: how many answered or skipped it, and by kind the options'
/// counts and shares, the numbers' spread (amounts per currency), the yes and no counts, the earliest and latest
/// dates, or the texts.
/// </summary>
/// <param name="QuestionId">The question's id.</param>
/// <param name="Kind">Its kind in the form's latest version.</param>
/// <param name="Answered">How many answer sets answer it (with a value of its kind).</param>
/// <param name="Skipped">How many do not.</param>
public sealed record QuestionSummary(string QuestionId, QuestionKind Kind, int Answered, int Skipped)
{
    /// <summary>Gets the options of a choice question, in the form's order, with their counts and shares.</summary>
    public IReadOnlyList<OptionCount> Options { get; init; } = [];

    /// <summary>Gets the spread of a scale's or number's answers, if any.</summary>
    public NumberStats? Numbers { get; init; }

    /// <summary>Gets the spread of an amount's answers, per currency (most answered first).</summary>
    public IReadOnlyList<CurrencyStats> Amounts { get; init; } = [];

    /// <summary>Gets how many answered yes to a yes/no question.</summary>
    public int Yes { get; init; }

    /// <summary>Gets how many answered no to a yes/no question.</summary>
    public int No { get; init; }

    /// <summary>Gets the earliest date answered.</summary>
    public DateOnly? Earliest { get; init; }

    /// <summary>Gets the latest date answered.</summary>
    public DateOnly? Latest { get; init; }

    /// <summary>Gets how many texts answered match the search (all of them without one).</summary>
    public int TextCount { get; init; }

    /// <summary>Gets the texts matching the search, most recent first, at most <see cref="AggregationLimits.MaxListedTexts"/>.</summary>
    public IReadOnlyList<TextAnswer> Texts { get; init; } = [];
}
