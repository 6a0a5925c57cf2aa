using Cohorts.Workflows.Forms;

namespace Cohorts.Workflows.Evaluations;

/// <summary>One criterion of a round's rubric: scored by each evaluator as a whole number from <see cref="Min"/> to <see cref="Max"/>.</summary>
/// <param name="Id">The criterion's slug, unique in its rubric.</param>
/// <param name="Label">What is judged, in English and French.</param>
/// <param name="Weight">Its weight in the application's score (above 0).</param>
/// <param name="Min">The lowest score.</param>
/// <param name="Max">The highest score (above <see cref="Min"/>).</param>
public sealed record RubricCriterion(string Id, FormLabel Label, decimal Weight, int Min, int Max)
{
    /// <summary>A score on this criterion as a share of its scale, 0 to 100 (so criteria of different scales weigh alike).</summary>
    public decimal Percent(int value) => (value - Min) * 100m / (Max - Min);
}
