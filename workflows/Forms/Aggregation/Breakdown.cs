using Cohorts.Workflows.Services;

namespace Cohorts.Workflows.Forms.Aggregation;

/// <summary>A summary's grouping: by cohort, town, sector, or a single-choice question of the form.</summary>
/// <param name="Kind">What the answers are grouped by.</param>
/// <param name="QuestionId">The question grouped by, for <see cref="BreakdownKind.Question"/>.</param>
public sealed record Breakdown(BreakdownKind Kind, string? QuestionId = null)
{
    /// <summary>The path of the parameter in problems.</summary>
    public const string Path = "by";

    /// <summary>Gets no grouping.</summary>
    public static Breakdown None { get; } = new(BreakdownKind.None);

    /// <summary>Gets the parameter's text: <c>cohort</c>, <c>town</c>, <c>sector</c>, a question id, or null.</summary>
    public string? Text => Kind switch
    {
        BreakdownKind.None => null,
        BreakdownKind.Question => QuestionId,
        _ => Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Reads <c>by</c> (empty: none; <c>cohort</c>, <c>town</c>, <c>sector</c>, or the id of a single-choice question of <paramref name="form"/>).</summary>
    /// <exception cref="DomainRuleException">Anything else (400 at <c>by</c>).</exception>
    public static Breakdown Parse(string? by, FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var text = by?.Trim();
        switch (text)
        {
            case null or "":
                return None;
            case "cohort":
                return new(BreakdownKind.Cohort);
            case "town":
                return new(BreakdownKind.Town);
            case "sector":
                return new(BreakdownKind.Sector);
        }

        return form.Questions.Any(q => q.Id == text && q.Kind == QuestionKind.SingleChoice)
            ? new(BreakdownKind.Question, text)
            : throw new DomainRuleException(Path, $"Group by cohort, town, sector or a single-choice question of the form ({string.Join(", ", form.Questions.Where(q => q.Kind == QuestionKind.SingleChoice).Select(q => q.Id))}).");
    }
}
