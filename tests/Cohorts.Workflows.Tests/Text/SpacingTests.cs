using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Text;

namespace Cohorts.Workflows.Tests.Text;

public sealed class SpacingTests
{
    [Theory]
    [InlineData("Atelier Dupont", "Atelier Dupont")]
    [InlineData("  Atelier Dupont ", "Atelier Dupont")]
    [InlineData("Atelier  Dupont", "Atelier Dupont")]
    [InlineData("Atelier\tDupont", "Atelier Dupont")]
    [InlineData("Atelier\u00A0\u202F Dupont\n& fils", "Atelier Dupont & fils")]
    [InlineData("A", "A")]
    public void Collapse_SpacesInsideAndAround_OnePlainSpaceBetweenWords(string name, string expected)
    {
        Assert.Equal(expected, Spacing.Collapse(name));
    }

    [Fact]
    public void Company_NameWithRunsOfSpaces_KeepsItTidied()
    {
        var company = new Company(Guid.NewGuid(), Guid.NewGuid(), " Fonderie   d’art ", "industry", 4, "Dreux", "a@example.org");

        Assert.Equal("Fonderie d’art", company.Name);
    }
}
