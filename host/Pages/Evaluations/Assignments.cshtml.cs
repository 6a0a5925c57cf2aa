using Cohorts.Host.Evaluations;
using Cohorts.Workflows.Evaluations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Evaluations;

/// <summary>An evaluator's applications to score in the rounds still open (whatever their role: the rounds name them by address).</summary>
[Authorize]
public sealed class AssignmentsModel(EvaluatorWork work) : PageModel
{
    public IReadOnlyList<Assignment> Assignments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Assignments = await work.AssignmentsAsync(cancellationToken);
}
