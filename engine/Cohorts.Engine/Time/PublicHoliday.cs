namespace Cohorts.Engine.Time;

/// <summary>A public holiday of one year.</summary>
/// <param name="Date">The date.</param>
/// <param name="Name">The holiday's name (<c>Lundi de Pâques</c>).</param>
public sealed record PublicHoliday(DateOnly Date, string Name);
