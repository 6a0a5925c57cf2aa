namespace Cohorts.Workflows.Evaluations;

/// <summary>The limits of applications and scored screening (docs/domain.md, "Applications and scored screening").</summary>
public static class ScreeningLimits
{
    /// <summary>The longest public token accepted in a link (the ones given are 43 characters).</summary>
    public const int MaxTokenLength = 100;

    /// <summary>The longest name of a round.</summary>
    public const int MaxRoundNameLength = 200;

    /// <summary>The most rounds of a cohort.</summary>
    public const int MaxRounds = 10;

    /// <summary>The most criteria of a rubric.</summary>
    public const int MaxCriteria = 20;

    /// <summary>The most evaluators of a round.</summary>
    public const int MaxEvaluators = 50;

    /// <summary>The lowest and highest end of a criterion's scale.</summary>
    public const int ScaleBound = 100;

    /// <summary>The largest weight of a criterion.</summary>
    public const decimal MaxWeight = 100;

    /// <summary>The longest comment on a score.</summary>
    public const int MaxCommentLength = 2_000;

    /// <summary>The longest label of a criterion, in each language.</summary>
    public const int MaxLabelLength = 500;

    /// <summary>The longest criterion id.</summary>
    public const int MaxCriterionIdLength = 64;
}
