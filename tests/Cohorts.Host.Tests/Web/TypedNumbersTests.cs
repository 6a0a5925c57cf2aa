using Cohorts.Host.FormAnswers;
using Cohorts.Host.Web;
using Cohorts.Workflows.Forms;
using Microsoft.Extensions.Primitives;

namespace Cohorts.Host.Tests.Web;

/// <summary>One rule for a number typed in English or French, whichever page or form takes it.</summary>
public sealed class TypedNumbersTests
{
    [Theory]
    [InlineData("2500", 2500)]
    [InlineData("2 500", 2500)]
    [InlineData("2\u202F500", 2500)]
    [InlineData("2\u00A0500,75", 2500.75)]
    [InlineData("1,200.50", 1200.50)]
    [InlineData("0,5", 0.5)]
    [InlineData(" -12.5 ", -12.5)]
    public void Read_NumberTypedInEitherLanguage_IsTheNumber(string typed, double expected) =>
        Assert.Equal((decimal)expected, TypedNumbers.Read(typed));

    [Theory]
    [InlineData("en-GB", "200,000", 200000)]
    [InlineData("en-GB", "1,000,000", 1000000)]
    [InlineData("en-GB", "-1,500", -1500)]
    [InlineData("en-GB", "2,5", 2.5)]
    [InlineData("en-GB", "0,500", 0.5)]
    [InlineData("fr-FR", "1,500", 1.5)]
    [InlineData("fr-FR", "200,000", 200)]
    public void Read_CommasGroupingByThree_AreThousandsOnAnEnglishPageAndDecimalsOnAFrenchOne(string culture, string typed, double expected)
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
        try
        {
            // An English page writes "€200,000": typing back what it shows was read as 200.
            Assert.Equal((decimal)expected, TypedNumbers.Read(typed));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("beaucoup")]
    [InlineData("1.2.3")]
    [InlineData("12 %")]
    [InlineData("1e3")]
    public void Read_NotANumber_IsNull(string typed) =>
        Assert.Null(TypedNumbers.Read(typed));

    [Theory]
    [InlineData("12", 12)]
    [InlineData("1 440", 1440)]
    [InlineData("12,0", 12)]
    public void ReadWhole_WholeNumber_IsTheNumber(string typed, int expected) =>
        Assert.Equal(expected, TypedNumbers.ReadWhole(typed));

    [Theory]
    [InlineData("12.5")]
    [InlineData("3000000000")]
    public void ReadWhole_NotWholeOrTooLarge_IsNull(string typed) =>
        Assert.Null(TypedNumbers.ReadWhole(typed));

    [Fact]
    public void PostedAnswers_FrenchFigureWithThousands_IsANumberAsOnTheCompanyPortal()
    {
        var question = new FormQuestion("visitors", QuestionKind.Number, new FormLabel("Visitors", "Visiteurs"), null, true, [], null, null, null);
        var form = new FormDefinition("count", new FormLabel("Count", "Comptage"), [question]);
        var posted = PostedAnswers.From(new Microsoft.AspNetCore.Http.FormCollection(new Dictionary<string, StringValues> { [PostedAnswers.Field(question)] = "2\u202F500" }));

        var answers = posted.ToAnswers(form);

        Assert.Equal(2500m, answers["visitors"]!.GetValue<decimal>());
    }
}
