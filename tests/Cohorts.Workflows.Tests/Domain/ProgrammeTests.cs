using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Tests.Domain;

public sealed class ProgrammeTests
{
    [Fact]
    public void Constructor_NoBudget_NoneInEuros()
    {
        var programme = new Programme("p", "P", "", "journey", 12, "Europe/Paris", 0.5m, "Département");

        Assert.Null(programme.Budget);
        Assert.Equal("EUR", programme.Currency);
    }

    [Fact]
    public void Constructor_BudgetAndCurrency_Kept()
    {
        var programme = new Programme("p", "P", "", "journey", 12, "Europe/Paris", null, null, budget: 200_000m, currency: "CHF");

        Assert.Equal((200_000m, "CHF"), (programme.Budget, programme.Currency));
    }

    [Fact]
    public void Constructor_NegativeBudget_IsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Programme("p", "P", "", "journey", 12, "Europe/Paris", null, null, budget: -1m));

        Assert.Equal("budget", error.ParamName);
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    [InlineData("")]
    public void Constructor_CurrencyNotAnIsoCode_IsRefused(string currency)
    {
        var error = Assert.Throws<ArgumentException>(() => new Programme("p", "P", "", "journey", 12, "Europe/Paris", null, null, budget: 1m, currency: currency));

        Assert.Equal("currency", error.ParamName);
    }
}
