using Microsoft.Extensions.Logging;

namespace Cohorts.Workflows.Activities;

/// <summary>The domain activities' log messages (event ids 2000-2099).</summary>
internal static partial class WorkflowsLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Reminded {Recipient} that the outcome of session {SessionId} is late")]
    public static partial void OutcomeReminded(ILogger logger, Guid sessionId, string recipient);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Escalated the late outcome of session {SessionId} to the programme manager")]
    public static partial void OutcomeEscalated(ILogger logger, Guid sessionId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "No coach of cohort {CohortId} has room for company {CompanyId}: waiting for a manager to assign one")]
    public static partial void NoCoachAvailable(ILogger logger, Guid cohortId, Guid companyId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Ignored signal {Signal} for {Subject}: {Reason}; still waiting")]
    public static partial void SignalIgnored(ILogger logger, string signal, string subject, string reason);
}
