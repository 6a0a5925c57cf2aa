using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Tests.Domain;

public sealed class CompanyNameTests
{
    [Theory]
    [InlineData("Atelier Dupont", "Atelier Dupont")]
    [InlineData("  Atelier Dupont ", "Atelier Dupont")]
    [InlineData("Atelier  Dupont", "Atelier Dupont")]
    [InlineData("Atelier\tDupont", "Atelier Dupont")]
    [InlineData("Atelier\u00A0\u202F Dupont\n& fils", "Atelier Dupont & fils")]
    [InlineData("A", "A")]
    public void Tidy_SpacesInsideAndAround_OnePlainSpaceBetweenWords(string name, string expected)
    {
        Assert.Equal(expected, CompanyName.Tidy(name));
    }

    [Fact]
    public void Company_NameWithRunsOfSpaces_KeepsItTidied()
    {
        var company = new Company(Guid.NewGuid(), Guid.NewGuid(), " Fonderie   d’art ", "industry", 4, "Dreux", "a@example.org");

        Assert.Equal("Fonderie d’art", company.Name);
    }
}
