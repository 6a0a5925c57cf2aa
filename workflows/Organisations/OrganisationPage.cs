namespace Cohorts.Workflows.Organisations;

/// <summary>A page of the directory, by name.</summary>
/// <param name="Items">The organisations of the page.</param>
/// <param name="Total">How many match in all.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Organisations a page.</param>
public sealed record OrganisationPage(IReadOnlyList<Organisation> Items, int Total, int Page, int PageSize)
{
    /// <summary>Gets a value indicating whether a next page follows.</summary>
    public bool HasNext => (long)Page * PageSize < Total;
}
