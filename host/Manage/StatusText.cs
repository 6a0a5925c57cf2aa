using Cohorts.Engine.Instances;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Domain;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Manage;

/// <summary>Statuses and execution events in words, in the reader's language.</summary>
public static class StatusText
{
    /// <summary>Gets a company's status in words.</summary>
    public static string Company(CompanyStatus status, IStringLocalizer<ManagerText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return status switch
        {
            CompanyStatus.Applied => text["Applied"],
            CompanyStatus.Accepted => text["Accepted"],
            CompanyStatus.Waitlisted => text["Waitlisted"],
            CompanyStatus.Rejected => text["Rejected"],
            CompanyStatus.Active => text["Coached"],
            CompanyStatus.Graduated => text["Graduated"],
            CompanyStatus.DroppedOut => text["Dropped out"],
            CompanyStatus.Withdrawn => text["Withdrawn"],
            _ => status.ToString(),
        };
    }

    /// <summary>Gets a workflow instance's status in words.</summary>
    public static string Instance(WorkflowStatus status, IStringLocalizer<ManagerText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return status switch
        {
            WorkflowStatus.Running => text["Running"],
            WorkflowStatus.Suspended => text["Waiting"],
            WorkflowStatus.Completed => text["Completed"],
            WorkflowStatus.Faulted => text["Stopped by an incident"],
            WorkflowStatus.Cancelled => text["Cancelled"],
            _ => status.ToString(),
        };
    }

    /// <summary>Gets an execution log event in words.</summary>
    public static string Event(ExecutionEvent logEvent, IStringLocalizer<ManagerText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return logEvent switch
        {
            ExecutionEvent.WorkflowStarted => text["Journey started"],
            ExecutionEvent.WorkflowCompleted => text["Journey completed"],
            ExecutionEvent.WorkflowFaulted => text["Journey stopped by an incident"],
            ExecutionEvent.WorkflowCancelled => text["Journey cancelled"],
            ExecutionEvent.WorkflowRetried => text["Retried"],
            ExecutionEvent.WorkflowMigrated => text["Moved to another version"],
            ExecutionEvent.ActivityStarted => text["Step started"],
            ExecutionEvent.ActivityCompleted => text["Step completed"],
            ExecutionEvent.ActivitySuspended => text["Step waiting"],
            ExecutionEvent.ActivityResumed => text["Step resumed"],
            ExecutionEvent.ActivityCancelled => text["Step cancelled"],
            ExecutionEvent.ActivityFaulted => text["Step failed"],
            _ => logEvent.ToString(),
        };
    }
}
