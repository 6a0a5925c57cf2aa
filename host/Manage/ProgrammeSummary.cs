namespace Cohorts.Host.Manage;

/// <summary>A programme in a list.</summary>
/// <param name="Id">The programme's id (a slug).</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Its description.</param>
/// <param name="DurationMonths">A cohort's duration, in months.</param>
/// <param name="Cohorts">How many cohorts the reader sees in it.</param>
/// <param name="Manages">Whether the reader manages it.</param>
public sealed record ProgrammeSummary(string Id, string Name, string Description, int DurationMonths, int Cohorts, bool Manages)
{
    /// <summary>Gets a value indicating whether the programme is archived (listed only when asked for).</summary>
    public bool Archived { get; init; }
}
