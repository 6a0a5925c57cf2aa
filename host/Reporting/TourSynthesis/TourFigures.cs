namespace Cohorts.Host.Reporting.TourSynthesis;

/// <summary>A tour's figures, as its synthesis gives them (counted as the indicators count them).</summary>
/// <param name="StopsPlanned">The stops planned (not cancelled).</param>
/// <param name="StopsHeld">The stops held (outcome recorded, not a no-show).</param>
/// <param name="CompaniesMet">The companies present at a held stop, each once.</param>
/// <param name="Companies">The cohort's companies (walk-ins included).</param>
/// <param name="Held">The stops held, in date order.</param>
public sealed record TourFigures(int StopsPlanned, int StopsHeld, int CompaniesMet, int Companies, IReadOnlyList<TourStop> Held);
