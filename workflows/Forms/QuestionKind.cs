namespace Cohorts.Workflows.Forms;

/// <summary>What a question asks for (docs/domain.md, "Forms"); written in camelCase in a form's JSON (<c>shortText</c>).</summary>
public enum QuestionKind
{
    /// <summary>One line of text.</summary>
    ShortText,

    /// <summary>Several paragraphs of text.</summary>
    LongText,

    /// <summary>One of the question's options.</summary>
    SingleChoice,

    /// <summary>Any of the question's options.</summary>
    MultipleChoice,

    /// <summary>A whole number on a scale: 1–5, 0–10 (min 0 or 1, max 5 or 10).</summary>
    Scale,

    /// <summary>A number, between an optional min and max.</summary>
    Number,

    /// <summary>An amount of money with its ISO 4217 currency.</summary>
    Amount,

    /// <summary>A calendar date (yyyy-MM-dd).</summary>
    Date,

    /// <summary>Yes or no.</summary>
    YesNo,

    /// <summary>A file (the answer names a stored file).</summary>
    File,
}
