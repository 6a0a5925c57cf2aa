namespace Cohorts.Workflows.Organisations;

/// <summary>A page of the directory: words of the name, a kind, a programme and a role, archived ones or not.</summary>
/// <param name="Search">Words the name contains (spaces, case and the apostrophe's form aside), if any.</param>
/// <param name="Kind">Only this kind, if given.</param>
/// <param name="ProgrammeId">Only the organisations linked to this programme, if given.</param>
/// <param name="Role">Only those linked in this role (to <paramref name="ProgrammeId"/>, or to any programme), if given.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Organisations a page, from 1 to <see cref="OrganisationQuery.MaxPageSize"/>.</param>
/// <param name="IncludeArchived">Whether archived organisations are listed too.</param>
public sealed record OrganisationQuery(
    string? Search = null,
    OrganisationKind? Kind = null,
    string? ProgrammeId = null,
    ProgrammeOrganisationRole? Role = null,
    int Page = 1,
    int PageSize = OrganisationQuery.DefaultPageSize,
    bool IncludeArchived = false)
{
    /// <summary>The organisations a page holds unless told.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The most organisations a page holds.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The longest search text.</summary>
    public const int MaxSearchLength = OrganisationLimits.MaxNameLength;
}
