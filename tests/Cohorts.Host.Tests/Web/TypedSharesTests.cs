using Cohorts.Host.Web;

namespace Cohorts.Host.Tests.Web;

/// <summary>One rule for a funder's share, whether typed for a programme's co-funders or a cohort's funders.</summary>
public sealed class TypedSharesTests
{
    [Theory]
    [InlineData("50%", 0.5)]
    [InlineData("50 %", 0.5)]
    [InlineData("50\u202F%", 0.5)]
    [InlineData("50", 0.5)]
    [InlineData("0.5", 0.5)]
    [InlineData("0,5", 0.5)]
    [InlineData("1", 1)]
    [InlineData("100%", 1)]
    [InlineData("33,333 %", 0.3333)]
    public void Read_ShareTypedInEitherLanguage_IsTheFraction(string typed, double expected) =>
        Assert.Equal((decimal)expected, TypedShares.Read(typed));

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("0.001%")]
    [InlineData("101%")]
    [InlineData("-10%")]
    [InlineData("half")]
    public void Read_NoShare_IsNull(string typed) =>
        Assert.Null(TypedShares.Read(typed));
}
