using Cohorts.Workflows.Forms;

namespace Cohorts.Host.Api.Evaluations;

/// <summary>A question of an application form, in the reader's language.</summary>
/// <param name="Id">Its id: the key of its answer.</param>
/// <param name="Kind">shortText, longText, singleChoice, multipleChoice, scale, number, amount, date, yesNo or file.</param>
/// <param name="Label">The question.</param>
/// <param name="Help">Its help text, if any.</param>
/// <param name="Required">Whether it must be answered.</param>
/// <param name="Options">A choice question's options: id and label.</param>
/// <param name="Min">A scale's or number's lowest answer.</param>
/// <param name="Max">A scale's or number's highest answer.</param>
/// <param name="Currency">An amount's currency, if fixed.</param>
public sealed record PublicQuestion(string Id, string Kind, string Label, string? Help, bool Required, IReadOnlyList<KeyValuePair<string, string>> Options, decimal? Min, decimal? Max, string? Currency)
{
    /// <summary>Says a question in <paramref name="language"/>.</summary>
    public static PublicQuestion Of(FormQuestion question, string language)
    {
        ArgumentNullException.ThrowIfNull(question);
        var kind = question.Kind.ToString();
        return new(
            question.Id,
            char.ToLowerInvariant(kind[0]) + kind[1..],
            question.Label.In(language),
            question.Help?.In(language),
            question.Required,
            [.. question.Options.Select(o => new KeyValuePair<string, string>(o.Id, o.Label.In(language)))],
            question.Min,
            question.Max,
            question.Currency);
    }
}
