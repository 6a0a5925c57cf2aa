using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;

namespace Cohorts.Workflows.Activities;

/// <summary>
/// Ends the company's journey (variable <c>companyId</c>): Graduated or DroppedOut, with a reason. The outcome is the
/// status.
/// </summary>
[ActivityType("Complete")]
public sealed class Complete : Activity
{
    /// <summary>Gets the final status: Graduated (default) or DroppedOut.</summary>
    public CompanyStatus Status { get; init; } = CompanyStatus.Graduated;

    /// <summary>Gets the reason, a template.</summary>
    public string? Reason { get; init; }

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var companyId = ActivityValues.RequireGuid(context, "companyId", "Complete");
        var reason = Reason is null ? null : context.Interpolate(Reason);
        await ActivityValues.Store(context).WriteAsync(
            async db =>
            {
                var company = await DomainQueries.For(db).CompanyById(db, companyId, context.CancellationToken)
                    ?? throw new InvalidOperationException($"Company {companyId} does not exist: its journey cannot end.");
                if (company.Status != Status)
                {
                    company.MoveTo(Status, reason);
                }
            },
            context.CancellationToken);
        return ActivityResult.Complete(Status.ToString());
    }

    /// <inheritdoc />
    protected override IEnumerable<DefinitionProblem> Validate(string path)
    {
        if (Status is not (CompanyStatus.Graduated or CompanyStatus.DroppedOut))
        {
            yield return new DefinitionProblem($"{path}.status", $"a journey completes as Graduated or DroppedOut, not {Status}");
        }
    }
}
