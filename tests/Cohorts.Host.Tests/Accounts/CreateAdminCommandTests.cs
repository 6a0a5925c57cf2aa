using Cohorts.Host.Cli;
using Cohorts.Host.Tests.Credentials;

namespace Cohorts.Host.Tests.Accounts;

/// <summary>The create-admin command, through its entry point (as Program.cs calls it), on a database of its own.</summary>
public sealed class CreateAdminCommandTests : IDisposable
{
    private const string Password = "Admin-2026!";
    private readonly HostFiles _files = new();

    [Fact]
    public async Task CreateAdmin_FreshDatabase_Exits0AndTheAdministratorSignsIn()
    {
        var (exit, output, error) = await RunAsync("--email", "first@cohorts.test", "--password", Password);

        Assert.True(exit == CohortsCommands.Done, error);
        Assert.Contains("first@cohorts.test", output, StringComparison.Ordinal);
        await using var factory = new CohortsHostFactory(_files);
        var tokens = await ApiSignIn.TokenAsync(factory, "first@cohorts.test", Password);
        Assert.Equal(System.Net.HttpStatusCode.OK, await ApiSignIn.MeAsync(factory, tokens.Access));
    }

    [Fact]
    public async Task CreateAdmin_NameAndLanguageGiven_TheAccountHasThem()
    {
        var (exit, _, error) = await RunAsync("--email", "named@cohorts.test", "--password", Password, "--name", "Camille Roux", "--language=en");

        Assert.True(exit == CohortsCommands.Done, error);
        await using var factory = new CohortsHostFactory(_files);
        var tokens = await ApiSignIn.TokenAsync(factory, "named@cohorts.test", Password);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.Access);
        var users = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/users")).RootElement;
        var account = Assert.Single(users.GetProperty("accounts").EnumerateArray(), a => a.GetProperty("email").GetString() == "named@cohorts.test");
        Assert.Equal("Camille Roux", account.GetProperty("name").GetString());
        Assert.Equal("en", account.GetProperty("language").GetString());
    }

    [Theory]
    [InlineData("--language", "de", "Choose English (en) or French (fr).")]
    [InlineData("--name", "Camille\u0007Roux", "No control characters")]
    public async Task CreateAdmin_BadNameOrLanguage_Exits1SayingSoAndCreatesNothing(string option, string value, string message)
    {
        var (exit, _, error) = await RunAsync("--email", "refused@cohorts.test", "--password", Password, option, System.Text.RegularExpressions.Regex.Unescape(value));

        Assert.Equal(CohortsCommands.Refused, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        var (again, _, againError) = await RunAsync("--email", "refused@cohorts.test", "--password", Password);
        Assert.True(again == CohortsCommands.Done, againError);
    }

    [Fact]
    public async Task CreateAdmin_ExistingAddress_Exits1SayingSo()
    {
        await RunAsync("--email", "twice@cohorts.test", "--password", Password);

        var (exit, _, error) = await RunAsync("--email=twice@cohorts.test", "--password=" + Password);

        Assert.Equal(CohortsCommands.Refused, exit);
        Assert.Contains("exists already", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_WeakPassword_Exits1WithIdentitysRules()
    {
        var (exit, _, error) = await RunAsync("--email", "weak@cohorts.test", "--password", "abc");

        Assert.Equal(CohortsCommands.Refused, exit);
        Assert.Contains("Passwords must", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_InvalidAddress_Exits1SayingSo()
    {
        var (exit, _, error) = await RunAsync("--email", "not-an-address", "--password", Password);

        Assert.Equal(CohortsCommands.Refused, exit);
        Assert.Contains("not a valid e-mail address", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_Help_PrintsTheUsageAndExits0()
    {
        var (exit, output, error) = await RunAsync("--help");

        Assert.Equal(0, exit);
        Assert.Contains("Usage: create-admin", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task CreateAdmin_NoPassword_Exits2WithTheUsage()
    {
        var (exit, _, error) = await RunAsync("--email", "someone@cohorts.test");

        Assert.Equal(CohortsCommands.Usage, exit);
        Assert.Contains("Usage: create-admin", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--name")]
    [InlineData("--language")]
    public async Task CreateAdmin_OptionWithoutItsValueBeforeASetting_Exits2AndCreatesNothing(string option)
    {
        var elsewhere = Path.Combine(_files.Folder, "elsewhere.db");

        var (exit, _, error) = await RunAsync("--email", "novalue@cohorts.test", "--password", Password, option, $"--Cohorts:Sqlite:DatabasePath={elsewhere}");

        Assert.Equal(CohortsCommands.Usage, exit);
        Assert.Contains("Usage: create-admin", error, StringComparison.Ordinal);
        var (again, _, againError) = await RunAsync("--email", "novalue@cohorts.test", "--password", Password);
        Assert.True(again == CohortsCommands.Done, againError); // nothing was created in the default database either
    }

    [Fact]
    public async Task CreateAdmin_SettingNotOfItsType_Exits2NamingItWithoutStackTrace()
    {
        var (exit, _, error) = await RunAsync("--email", "typed@cohorts.test", "--password", Password, "--Cohorts:Mail:Port=five-eight-seven");

        Assert.Equal(CohortsCommands.Usage, exit);
        Assert.Contains("Cohorts:Mail:Port must be a whole number, not 'five-eight-seven'.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_DatabaseWhereNoFolderCanBeMade_Exits1NamingThePathWithoutStackTrace()
    {
        var blocked = Path.Combine(_files.Folder, "a-file");
        await File.WriteAllTextAsync(blocked, "not a folder");
        var path = Path.Combine(blocked, "data", "cohorts.db");

        var (exit, _, error) = await RunAsync("--email", "nowhere@cohorts.test", "--password", Password, $"--Cohorts:Sqlite:DatabasePath={path}");

        Assert.Equal(CohortsCommands.Refused, exit);
        Assert.Contains($"Cohorts:Sqlite:DatabasePath = {path}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] all =
        [
            "create-admin",
            $"--Cohorts:Sqlite:DatabasePath={_files.DatabasePath}",
            $"--Cohorts:Scheduling:DatabasePath={_files.SchedulerPath}",
            "--Cohorts:Demo:Enabled=false",
            $"--Cohorts:PublicBaseUrl={CohortsHostFactory.PublicBaseUrl}",
            .. args, // after the defaults: the last value of a setting wins
        ];
        Assert.True(CohortsCommands.Handles(all));
        var exit = await CohortsCommands.RunAsync(all, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
