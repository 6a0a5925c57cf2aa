namespace Cohorts.Workflows.Evaluations;

/// <summary>An application in a round (table EvaluationRoundApplications); <see cref="Advanced"/> once the manager sent it to the next round.</summary>
public sealed class RoundApplication
{
    /// <summary>Initializes a new instance of the <see cref="RoundApplication"/> class.</summary>
    public RoundApplication(Guid roundId, Guid companyId)
    {
        RoundId = roundId;
        CompanyId = companyId;
    }

    /// <summary>Gets the round.</summary>
    public Guid RoundId { get; private set; }

    /// <summary>Gets the applicant company.</summary>
    public Guid CompanyId { get; private set; }

    /// <summary>Gets a value indicating whether the manager advanced it to the next round when closing this one.</summary>
    public bool Advanced { get; private set; }

    /// <summary>Advances it to the next round.</summary>
    public void Advance() => Advanced = true;
}
