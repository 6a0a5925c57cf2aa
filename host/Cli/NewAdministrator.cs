namespace Cohorts.Host.Cli;

/// <summary>The administrator <c>create-admin</c> is asked for, as its command line gives it (checked by the account service).</summary>
/// <param name="Email">The sign-in address.</param>
/// <param name="Password">The password.</param>
/// <param name="Name">The name shown to others, if given (else the address).</param>
/// <param name="Language">The pages' and e-mails' language (<c>en</c> or <c>fr</c>), if given.</param>
internal sealed record NewAdministrator(string Email, string Password, string? Name, string? Language);
