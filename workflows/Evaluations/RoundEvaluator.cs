namespace Cohorts.Workflows.Evaluations;

/// <summary>
/// An evaluator of a round (table EvaluationRoundEvaluators), by e-mail address (lower-case): a manager of the
/// programme or a person invited for this round; they score only the applications assigned to them.
/// </summary>
public sealed class RoundEvaluator
{
    /// <summary>Initializes a new instance of the <see cref="RoundEvaluator"/> class.</summary>
    public RoundEvaluator(Guid roundId, string email, string? name, IReadOnlyList<Guid> assigned)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentNullException.ThrowIfNull(assigned);
        RoundId = roundId;
        Email = email.Trim().ToLowerInvariant();
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        Assigned = [.. assigned];
    }

    // For EF Core, which sets the assigned companies after construction.
    private RoundEvaluator()
    {
        Email = string.Empty;
    }

    /// <summary>Gets the round.</summary>
    public Guid RoundId { get; private set; }

    /// <summary>Gets the evaluator's e-mail address, lower-case (who signs in with it evaluates).</summary>
    public string Email { get; private set; }

    /// <summary>Gets the evaluator's name, if given.</summary>
    public string? Name { get; private set; }

    /// <summary>Gets the companies whose applications are assigned to them.</summary>
    public List<Guid> Assigned { get; private set; } = [];

    /// <summary>Gets how to name them: their name, else their address.</summary>
    public string Display => Name ?? Email;
}
