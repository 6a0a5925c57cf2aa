using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Tests.Domain;

public sealed class ProgrammeEventOrganisersTests
{
    [Fact]
    public void NameEventOrganisers_MixedCaseAndRepeats_StoredLowerCaseOnce()
    {
        var programme = NewProgramme();

        programme.NameEventOrganisers([" Claire.Dubois@Example.fr ", "claire.dubois@example.fr", "karim@example.fr"]);

        Assert.Equal(["claire.dubois@example.fr", "karim@example.fr"], programme.EventOrganisers);
        Assert.True(programme.IsEventOrganiser("CLAIRE.DUBOIS@example.fr"));
        Assert.False(programme.IsEventOrganiser("someone@example.fr"));
        Assert.False(programme.IsEventOrganiser(""));
    }

    [Fact]
    public void NameEventOrganisers_AtTheLimit_Kept_OnePast_RefusedAndNothingChanges()
    {
        var programme = NewProgramme();
        programme.NameEventOrganisers(Enumerable.Range(0, Programme.MaxEventOrganisers).Select(i => $"o{i}@example.fr"));

        var error = Assert.Throws<ArgumentException>(() => programme.NameEventOrganisers(Enumerable.Range(0, Programme.MaxEventOrganisers + 1).Select(i => $"n{i}@example.fr")));

        Assert.Equal("emails", error.ParamName);
        Assert.Equal(Programme.MaxEventOrganisers, programme.EventOrganisers.Count);
        Assert.All(programme.EventOrganisers, e => Assert.StartsWith("o", e, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an address")]
    [InlineData("@example.fr")]
    [InlineData("claire@")]
    public void NameEventOrganisers_NotAnAddress_Refused(string email)
    {
        var programme = NewProgramme();

        Assert.Throws<ArgumentException>(() => programme.NameEventOrganisers([email]));
        Assert.Empty(programme.EventOrganisers);
    }

    private static Programme NewProgramme() => new("p", "P", "", "journey", 12, "Europe/Paris", null, null);
}
