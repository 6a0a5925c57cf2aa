namespace Cohorts.Host.Pages.Admin;

/// <summary>The invitation form.</summary>
public sealed class InviteInput
{
    public string? Email { get; set; }

    public string? Name { get; set; }

    public string? Role { get; set; } = Identity.CohortsRoles.Coach;

    public string? Language { get; set; }

    public List<string> ProgrammeIds { get; set; } = [];
}
