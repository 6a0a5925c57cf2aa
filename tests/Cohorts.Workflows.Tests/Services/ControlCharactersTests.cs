using Cohorts.Workflows.Services;
using Cohorts.Workflows.Simulation;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Services;

/// <summary>The characters a person's text never holds, refused by the services like any value past its limits.</summary>
public sealed class ControlCharactersTests
{
    private static readonly CohortPlan Plan = Seed.Plan();

    [Theory]
    [InlineData("a\0b")]
    [InlineData("\u0001")]
    [InlineData("name\u001b[31m")]
    [InlineData("form\ffeed")]
    [InlineData("del\u007f")]
    [InlineData("c1\u0085")]
    [InlineData("c1\u009f")]
    [InlineData("\ufffe")]
    [InlineData("\uffff")]
    [InlineData("report\u202efdp.exe")]
    [InlineData("\u202a\u202b\u202c\u202d")]
    [InlineData("isolate \u2066x\u2069")]
    [InlineData("first strong \u2068")]
    public void AnyIn_RefusedCharacter_IsFound(string text) => Assert.True(ControlCharacters.AnyIn(text));

    /// <summary>Built here, not as theory data, which the test runner would carry as UTF-8 and so mend.</summary>
    [Fact]
    public void AnyIn_HalfOfASurrogatePair_IsFound()
    {
        Assert.True(ControlCharacters.AnyIn(['l', 'o', 'n', 'e', '\ud800', 'x']));
        Assert.True(ControlCharacters.AnyIn(['\udc00', 'x']));
        Assert.True(ControlCharacters.AnyIn(['e', 'n', 'd', '\ud83d']));
        Assert.True(ControlCharacters.AnyIn(['\ude00', '\ud83d']));
        Assert.False(ControlCharacters.AnyIn(['\ud83d', '\ude00']));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Atelier Neuf")]
    [InlineData("Line one\r\nline two\tand a tab")]
    [InlineData("Élodie Lefèvre, 3\u202f% — « ok »")]
    [InlineData("emoji \ud83d\ude00 pair")]
    [InlineData("right-to-left \u200f mark, left-to-right \u200e mark, Arabic letter mark \u061c")]
    [InlineData("שלום عليكم")]
    [InlineData("\u00a0\u00a1")]
    public void AnyIn_TextAPersonTypes_IsNotFound(string text) => Assert.False(ControlCharacters.AnyIn(text));

    public static TheoryData<string, CohortPlan> PlansWithAControlCharacter => new()
    {
        { "name", Plan with { Name = "Cohort\0" } },
        { "companies[1].name", WithCompany(1, c => c with { Name = "Atelier\u001b[31m" }) },
        { "companies[0].sector", WithCompany(0, c => c with { Sector = "crafts\u0007" }) },
        { "companies[0].needs[1]", WithCompany(0, c => c with { Needs = ["a", "b\u0000"] }) },
        { "coaches[0].name", Plan with { Coaches = [new("Anne\u0008", "a@coaches.example", 3)] } },
        { "funders[0].name", Plan with { Funders = [new("Council\u007f", "f@example.org", 0.5m)] } },
    };

    [Theory]
    [MemberData(nameof(PlansWithAControlCharacter))]
    public void Validate_ControlCharacter_IsRefusedNamingTheField(string field, CohortPlan plan)
    {
        var error = Assert.Throws<DomainRuleException>(() => CohortPlanValidator.Validate(plan));

        Assert.Equal([LimitMessages.NoControlCharacters], error.Errors[field]);
    }

    [Fact]
    public void Validate_TabsAndLineBreaks_AreTaken() =>
        CohortPlanValidator.Validate(WithCompany(0, c => c with { Name = "Atelier\tNeuf" }));

    [Fact]
    public void TryParse_TheMessage_GivesItsFormatBack()
    {
        Assert.True(LimitMessages.TryParse(LimitMessages.NoControlCharacters, out var format, out var arguments));

        Assert.Equal(LimitMessages.NoControlCharacters, format);
        Assert.Empty(arguments);
    }

    private static CohortPlan WithCompany(int index, Func<CompanyApplication, CompanyApplication> change) =>
        Plan with { Companies = [.. Plan.Companies.Select((c, i) => i == index ? change(c) : c)] };
}
