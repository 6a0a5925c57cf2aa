using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Tests.Domain;

/// <summary>A cohort's and a coach's name are kept on one line, as a company's is: they go into e-mail subjects and headings.</summary>
public sealed class OneLineNamesTests
{
    [Fact]
    public void Cohort_NameWithLineBreaks_IsKeptOnOneLine() =>
        Assert.Equal("Promo Bcc: victim@example.org", new Cohort(Guid.NewGuid(), "boost", " Promo\r\nBcc: victim@example.org\n", new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)).Name);

    [Fact]
    public void Coach_NameWithLineBreaks_IsKeptOnOneLine() =>
        Assert.Equal("Julien Martin", new Coach(Guid.NewGuid(), Guid.NewGuid(), "Julien\r\nMartin", "julien@example.org", 5).Name);
}
