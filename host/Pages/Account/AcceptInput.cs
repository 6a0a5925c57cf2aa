namespace Cohorts.Host.Pages.Account;

/// <summary>The acceptance form of an invitation.</summary>
public sealed class AcceptInput
{
    public string? Name { get; set; }

    public string? Password { get; set; }

    public string? Language { get; set; }
}
