namespace Cohorts.Workflows.Evaluations;

/// <summary>A round's rubric: its criteria, in order (stored as one JSON column).</summary>
/// <param name="Criteria">The criteria.</param>
public sealed record Rubric(IReadOnlyList<RubricCriterion> Criteria)
{
    /// <summary>Finds a criterion by id.</summary>
    public RubricCriterion? Find(string? id) => Criteria.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// An evaluator's score of an application: the weighted mean of the criteria's scores, each as a share of its scale
    /// (0 to 100); null unless every criterion is scored.
    /// </summary>
    public decimal? Score(IReadOnlyDictionary<string, int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (Criteria.Any(c => !values.ContainsKey(c.Id)))
        {
            return null;
        }

        var weights = Criteria.Sum(c => c.Weight);
        return Math.Round(Criteria.Sum(c => c.Weight * c.Percent(values[c.Id])) / weights, 2);
    }
}
