using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;

namespace Cohorts.Workflows.Tests.Kpis;

/// <summary>
/// A cohort's budget split between its funders: each commits share × budget, rounded to the cent. Every figure is
/// computed by hand in the comments.
/// </summary>
public sealed class BudgetProgressTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 0, 0, 0, TimeSpan.FromHours(1));

    private readonly Guid _cohortId = Guid.NewGuid();

    [Fact]
    public void Compute_CohortFunders_EachCommitsItsShareOfTheBudget()
    {
        var programme = NewProgramme(150_000m, 0.5m, "Département");
        var funders = new[]
        {
            new Funder(Guid.NewGuid(), _cohortId, "Région", "region@example.fr", 0.25m),
            new Funder(Guid.NewGuid(), _cohortId, "Département", "cd@example.fr", 0.5m),
        };

        var budget = ProgressCalculator.Compute(Snapshot(programme, enrolled: 4) with { Funders = funders }).Budget;

        Assert.Equal((150_000m, "EUR"), (budget.Amount, budget.Currency));

        // By name: Département 0.5 × 150,000 = 75,000; Région 0.25 × 150,000 = 37,500.
        Assert.Equal(
            [new FunderCommitment(funders[1].Id, "Département", 0.5m, 75_000m), new FunderCommitment(funders[0].Id, "Région", 0.25m, 37_500m)],
            budget.Funders);
        Assert.Equal(0.75m, budget.CofundingShare); // 0.5 + 0.25
        Assert.Equal(112_500m, budget.Cofunded); // 75,000 + 37,500
        Assert.Equal(37_500m, budget.OrganiserShare); // 150,000 − 112,500
        Assert.Equal(37_500m, budget.PerCompanyEnrolled); // 150,000 / 4
    }

    [Fact]
    public void Compute_NoCohortFunder_TheProgrammesCoFunderCommitsHalfOfBoostInnovations200000Euros()
    {
        // The article: the departmental council funds "100 000 euros, soit 50 % du montant total".
        var programme = NewProgramme(200_000m, 0.5m, "Département des Hauts-de-Seine");

        var budget = ProgressCalculator.Compute(Snapshot(programme, enrolled: 17)).Budget;

        var funder = Assert.Single(budget.Funders);
        Assert.Equal(new FunderCommitment(null, "Département des Hauts-de-Seine", 0.5m, 100_000m), funder);
        Assert.Equal((0.5m, 100_000m, 100_000m), (budget.CofundingShare, budget.Cofunded, budget.OrganiserShare));
        Assert.Equal(11_764.71m, budget.PerCompanyEnrolled); // 200,000 / 17 = 11,764.705… → 11,764.71
    }

    [Fact]
    public void Compute_AmountsRoundedToTheCent()
    {
        var programme = NewProgramme(1_000.01m, null, null);
        var funder = new Funder(Guid.NewGuid(), _cohortId, "Ville", "ville@example.fr", 0.3333m);

        var budget = ProgressCalculator.Compute(Snapshot(programme, enrolled: 4) with { Funders = [funder] }).Budget;

        Assert.Equal(333.30m, Assert.Single(budget.Funders).Committed); // 0.3333 × 1,000.01 = 333.303333 → 333.30
        Assert.Equal(666.71m, budget.OrganiserShare); // 1,000.01 − 333.30
        Assert.Equal(250.00m, budget.PerCompanyEnrolled); // 1,000.01 / 4 = 250.0025 → 250.00
    }

    [Fact]
    public void Compute_NoBudget_SharesWithoutAmounts()
    {
        var programme = NewProgramme(null, 0.5m, "Département");

        var budget = ProgressCalculator.Compute(Snapshot(programme, enrolled: 2)).Budget;

        Assert.Equal(new FunderCommitment(null, "Département", 0.5m, null), Assert.Single(budget.Funders));
        Assert.Equal((null, "EUR", 0.5m), (budget.Amount, budget.Currency, budget.CofundingShare));
        Assert.Null(budget.Cofunded);
        Assert.Null(budget.OrganiserShare);
        Assert.Null(budget.PerCompanyEnrolled);
    }

    [Fact]
    public void Compute_NoFunderNoCompanyEnrolled_TheWholeBudgetIsTheOrganisers()
    {
        var programme = NewProgramme(80_000m, null, null, currency: "CHF");

        var budget = ProgressCalculator.Compute(Snapshot(programme, enrolled: 0)).Budget;

        Assert.Empty(budget.Funders);
        Assert.Equal((80_000m, "CHF", (decimal?)null), (budget.Amount, budget.Currency, budget.CofundingShare));
        Assert.Equal((0m, 80_000m), (budget.Cofunded, budget.OrganiserShare));
        Assert.Null(budget.PerCompanyEnrolled);
    }

    [Fact]
    public void ProgressSnapshot_AnotherCohortsFunder_IsRefused()
    {
        var stray = new Funder(Guid.NewGuid(), Guid.NewGuid(), "Région", "region@example.fr", 0.25m);

        var error = Assert.Throws<ArgumentException>(() => Snapshot(NewProgramme(1m, null, null), enrolled: 0) with { Funders = [stray] });

        Assert.Equal("Funders", error.ParamName);
    }

    private static Programme NewProgramme(decimal? budget, decimal? share, string? funder, string currency = Programme.DefaultCurrency) =>
        new("boost", "Boost", "", "boost-company", 12, "Europe/Paris", share, funder, budget, currency);

    private ProgressSnapshot Snapshot(Programme programme, int enrolled)
    {
        var cohort = new Cohort(_cohortId, programme.Id, "Les bâtisseurs", new DateOnly(2025, 1, 6), new DateOnly(2026, 1, 5));
        List<Company> companies = [.. Enumerable.Range(1, enrolled).Select(i => NewCompany($"Company {i}"))];
        companies.Add(new Company(Guid.NewGuid(), _cohortId, "Applicant", "industry", 10, "Nanterre", "applicant@example.fr")); // applied: not enrolled
        return new ProgressSnapshot(cohort, programme, companies, [], [], Now);
    }

    private Company NewCompany(string name)
    {
        var company = new Company(Guid.NewGuid(), _cohortId, name, "industry", 20, "Nanterre", "contact@example.fr");
        company.MoveTo(CompanyStatus.Active, null);
        return company;
    }
}
