namespace Cohorts.Workflows.Forms;

/// <summary>What a form and an answer set may hold (docs/domain.md, "Forms"), checked by <see cref="FormReader"/> and <see cref="AnswerValidator"/>.</summary>
public static class FormLimits
{
    /// <summary>The longest form document, in characters.</summary>
    public const int MaxJsonLength = 500_000;

    /// <summary>The longest id of a form, a question or an option (a slug: a-z, 0-9 and single hyphens).</summary>
    public const int MaxIdLength = 64;

    /// <summary>The longest name of a form, in each language.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The most questions of a form.</summary>
    public const int MaxQuestions = 100;

    /// <summary>The fewest options of a choice question.</summary>
    public const int MinOptions = 2;

    /// <summary>The most options of a choice question.</summary>
    public const int MaxOptions = 50;

    /// <summary>The longest label of a question or an option, in each language.</summary>
    public const int MaxLabelLength = 500;

    /// <summary>The longest help text of a question, in each language.</summary>
    public const int MaxHelpLength = 2_000;

    /// <summary>The most forms of a programme.</summary>
    public const int MaxFormsPerProgramme = 50;

    /// <summary>The largest number (in absolute value) a number question's bounds or answer, or an amount, may be.</summary>
    public const decimal MaxNumber = 1_000_000_000_000m;

    /// <summary>The longest answer to a short text question.</summary>
    public const int MaxShortTextAnswer = 500;

    /// <summary>The longest answer to a long text question.</summary>
    public const int MaxLongTextAnswer = 20_000;

    /// <summary>The longest file reference an answer to a file question holds.</summary>
    public const int MaxFileReferenceLength = 200;
}
