namespace Cohorts.Workflows.Evaluations;

/// <summary>One evaluator's score of one application on one criterion of a round (table EvaluationScores), with a comment.</summary>
public sealed class EvaluationScore
{
    /// <summary>Initializes a new instance of the <see cref="EvaluationScore"/> class.</summary>
    public EvaluationScore(Guid roundId, Guid companyId, string evaluator, string criterionId, int value, string? comment, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(evaluator);
        ArgumentException.ThrowIfNullOrWhiteSpace(criterionId);
        RoundId = roundId;
        CompanyId = companyId;
        Evaluator = evaluator;
        CriterionId = criterionId;
        Value = value;
        Comment = comment;
        At = at;
    }

    /// <summary>Gets the row's id.</summary>
    public long Id { get; private set; }

    /// <summary>Gets the round.</summary>
    public Guid RoundId { get; private set; }

    /// <summary>Gets the applicant company.</summary>
    public Guid CompanyId { get; private set; }

    /// <summary>Gets the evaluator's e-mail address (lower-case).</summary>
    public string Evaluator { get; private set; }

    /// <summary>Gets the criterion.</summary>
    public string CriterionId { get; private set; }

    /// <summary>Gets the score, within the criterion's scale.</summary>
    public int Value { get; private set; }

    /// <summary>Gets the evaluator's comment, if any.</summary>
    public string? Comment { get; private set; }

    /// <summary>Gets when it was last given.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>Changes the score and comment.</summary>
    public void Change(int value, string? comment, DateTimeOffset at)
    {
        Value = value;
        Comment = comment;
        At = at;
    }
}
