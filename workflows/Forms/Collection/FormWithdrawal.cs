using Cohorts.Engine.Instances;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Forms.Collection;

/// <summary>
/// Withdraws the open form requests a workflow instance made (their plan keys start with the instance's id) when it is
/// cancelled, or, after a migration or a skip, those whose CollectForm step it no longer runs, in the caller's
/// transaction: nobody is asked to answer for a journey that no longer waits.
/// </summary>
internal static class FormWithdrawal
{
    /// <summary>Withdraws the instance's open requests whose step is gone (all of them when <paramref name="cancelled"/>).</summary>
    /// <returns>How many were withdrawn.</returns>
    public static async Task<int> WithdrawAsync(CohortsDbContext db, WorkflowInstance instance, bool cancelled, CancellationToken cancellationToken)
    {
        var prefix = $"{instance.Id:D}/";
        var open = await db.FormRequests
            .Where(r => r.Status == FormRequestStatus.Open && r.PlanKey != null && r.PlanKey.StartsWith(prefix))
            .ToListAsync(cancellationToken);
        var running = instance.State.Executions.Select(e => e.Id).ToHashSet();
        var withdrawn = 0;
        foreach (var request in open)
        {
            if (cancelled || !running.Contains(ExecutionOf(request.PlanKey!, prefix.Length)))
            {
                request.Cancel();
                withdrawn++;
            }
        }

        return withdrawn;
    }

    private static int ExecutionOf(string planKey, int start)
    {
        var end = planKey.IndexOf('/', start);
        return int.TryParse(end < 0 ? planKey[start..] : planKey[start..end], System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : -1;
    }
}
