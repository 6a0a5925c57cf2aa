using Cohorts.Workflows.Services;
using Cohorts.Workflows.Simulation;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Services;

/// <summary>Each limit of <see cref="InputLimits"/> at the limit (taken) and one past it (refused, naming the field).</summary>
public sealed class InputLimitsTests
{
    private static readonly CohortPlan Plan = Seed.Plan();

    public static TheoryData<string, CohortPlan, CohortPlan> PlansAtAndPastTheLimit => new()
    {
        { "name", Plan with { Name = Text(InputLimits.MaxNameLength) }, Plan with { Name = Text(InputLimits.MaxNameLength + 1) } },
        { "companies[1].name", WithCompany(1, c => c with { Name = Text(InputLimits.MaxNameLength) }), WithCompany(1, c => c with { Name = Text(InputLimits.MaxNameLength + 1) }) },
        { "companies[0].sector", WithCompany(0, c => c with { Sector = Text(InputLimits.MaxShortTextLength) }), WithCompany(0, c => c with { Sector = Text(InputLimits.MaxShortTextLength + 1) }) },
        { "companies[2].location", WithCompany(2, c => c with { Location = Text(InputLimits.MaxShortTextLength) }), WithCompany(2, c => c with { Location = Text(InputLimits.MaxShortTextLength + 1) }) },
        { "companies[0].contactEmail", WithCompany(0, c => c with { ContactEmail = Email(InputLimits.MaxEmailLength) }), WithCompany(0, c => c with { ContactEmail = Email(InputLimits.MaxEmailLength + 1) }) },
        { "companies[0].headcount", WithCompany(0, c => c with { Headcount = InputLimits.MaxHeadcount }), WithCompany(0, c => c with { Headcount = InputLimits.MaxHeadcount + 1 }) },
        { "companies[0].needs", WithCompany(0, c => c with { Needs = Tags(InputLimits.MaxTags) }), WithCompany(0, c => c with { Needs = Tags(InputLimits.MaxTags + 1) }) },
        { "companies[0].needs[1]", WithCompany(0, c => c with { Needs = ["a", Text(InputLimits.MaxShortTextLength)] }), WithCompany(0, c => c with { Needs = ["a", Text(InputLimits.MaxShortTextLength + 1)] }) },
        { "companies", Plan with { Companies = Companies(InputLimits.MaxCompaniesPerCohort) }, Plan with { Companies = Companies(InputLimits.MaxCompaniesPerCohort + 1) } },
        { "coaches", Plan with { Coaches = Coaches(InputLimits.MaxCoachesPerCohort) }, Plan with { Coaches = Coaches(InputLimits.MaxCoachesPerCohort + 1) } },
        { "coaches[0].name", Plan with { Coaches = [new(Text(InputLimits.MaxNameLength), "a@coaches.example", 3)] }, Plan with { Coaches = [new(Text(InputLimits.MaxNameLength + 1), "a@coaches.example", 3)] } },
        { "coaches[0].capacity", Plan with { Coaches = [new("A", "a@coaches.example", InputLimits.MaxCoachCapacity)] }, Plan with { Coaches = [new("A", "a@coaches.example", InputLimits.MaxCoachCapacity + 1)] } },
        { "coaches[0].expertise", Plan with { Coaches = [new("A", "a@coaches.example", 3, Tags(InputLimits.MaxTags))] }, Plan with { Coaches = [new("A", "a@coaches.example", 3, Tags(InputLimits.MaxTags + 1))] } },
        { "funders", Plan with { Funders = Funders(InputLimits.MaxFundersPerCohort) }, Plan with { Funders = Funders(InputLimits.MaxFundersPerCohort + 1) } },
        { "funders[0].name", Plan with { Funders = [new(Text(InputLimits.MaxNameLength), "f@example.org", 0.5m)] }, Plan with { Funders = [new(Text(InputLimits.MaxNameLength + 1), "f@example.org", 0.5m)] } },
        { "startDate", Plan with { StartDate = new(2000, 1, 1) }, Plan with { StartDate = new(1999, 12, 31) } },
        { "endDate", Plan with { EndDate = new(2100, 12, 31) }, Plan with { EndDate = new(2101, 1, 1) } },
    };

    [Theory]
    [MemberData(nameof(PlansAtAndPastTheLimit))]
    public void Validate_AtTheLimitAndOnePast_TakesThenRefusesNamingTheField(string field, CohortPlan atLimit, CohortPlan pastLimit)
    {
        CohortPlanValidator.Validate(atLimit);

        var error = Assert.Throws<DomainRuleException>(() => CohortPlanValidator.Validate(pastLimit));

        Assert.True(error.Errors.ContainsKey(field), $"{field} not in {string.Join(", ", error.Errors.Keys)}");
        Assert.False(error.IsNotFound);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("9999-01-01")]
    [InlineData("0001-01-02")]
    public void Validate_DateFarOutOfRange_RefusesNamingStartDate(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var error = Assert.Throws<DomainRuleException>(() => CohortPlanValidator.Validate(Plan with { StartDate = day, EndDate = day }));

        Assert.Contains("startDate", error.Errors.Keys);
        Assert.Equal(LimitMessages.DateOutOfRange(day), error.Errors["startDate"][0]);
    }

    [Theory]
    [InlineData(InputLimits.MaxSimulatedCompanies + 1, 1, "companies")]
    [InlineData(0, 1, "companies")]
    [InlineData(1, InputLimits.MaxSimulatedCoaches + 1, "coaches")]
    public void SimulationCheck_PastTheLimit_RefusesNamingTheField(int companies, int coaches, string field)
    {
        SimulationRequest.Check(new DateOnly(2026, 9, 1), InputLimits.MaxSimulatedCompanies, InputLimits.MaxSimulatedCoaches);

        var error = Assert.Throws<DomainRuleException>(() => SimulationRequest.Check(new DateOnly(2026, 9, 1), companies, coaches));

        Assert.Equal([field], error.Errors.Keys);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-02")]
    public void SimulationRequest_StartDateOutOfRange_RefusesNamingStartDate(string date)
    {
        var template = Cohorts.Workflows.Templates.ProgrammeTemplates.Get("boost-innovation");

        var error = Assert.Throws<DomainRuleException>(() => SimulationRequest.For(template, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), 17, 3));

        Assert.Equal(["startDate"], error.Errors.Keys);
    }

    [Fact]
    public void TryParse_EveryMessage_GivesItsFormatAndArgumentsBack()
    {
        Assert.True(LimitMessages.TryParse(LimitMessages.TextTooLong(200, 201), out var format, out var arguments));
        Assert.Equal(LimitMessages.TooLong, format);
        Assert.Equal(["200", "201"], arguments);
        Assert.True(LimitMessages.TryParse(LimitMessages.ListTooLong(20, 21), out format, out _));
        Assert.Equal(LimitMessages.TooMany, format);
        Assert.True(LimitMessages.TryParse(LimitMessages.NumberOutOfRange(0, 10, -1), out format, out arguments));
        Assert.Equal(LimitMessages.OutOfRange, format);
        Assert.Equal(["0", "10", "-1"], arguments);
        Assert.True(LimitMessages.TryParse(LimitMessages.DateOutOfRange(new DateOnly(9999, 12, 31)), out format, out arguments));
        Assert.Equal(LimitMessages.DateOutside, format);
        Assert.Equal(["2000-01-01", "2100-12-31", "9999-12-31"], arguments);
        Assert.False(LimitMessages.TryParse("The cohort's name is required.", out _, out _));
    }

    private static string Text(int length) => new('x', length);

    private static string Email(int length) => new string('x', length - "@example.fr".Length) + "@example.fr";

    private static List<string> Tags(int count) => [.. Enumerable.Range(0, count).Select(i => $"tag{i}")];

    private static CohortPlan WithCompany(int index, Func<CompanyApplication, CompanyApplication> change) =>
        Plan with { Companies = [.. Plan.Companies.Select((c, i) => i == index ? change(c) : c)] };

    private static List<CompanyApplication> Companies(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new CompanyApplication($"Company {i}", "industry", 10, "Chartres", $"c{i}@example.fr"))];

    private static List<CoachProfile> Coaches(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new CoachProfile($"Coach {i}", $"coach{i}@example.fr", 3))];

    private static List<FunderShare> Funders(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new FunderShare($"Funder {i}", $"f{i}@example.org", 0.05m))];
}
