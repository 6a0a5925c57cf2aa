namespace Cohorts.Host.Identity.Accounts;

/// <summary>The accounts' log messages (event ids 6100–6199).</summary>
internal static partial class AccountsLog
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Invitation {InvitationId} made for role {Role} by {InvitedBy}")]
    public static partial void Invited(ILogger logger, Guid invitationId, string role, string invitedBy);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "Invitation {InvitationId} sent again (sending {Sending})")]
    public static partial void Resent(ILogger logger, Guid invitationId, int sending);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Invitation {InvitationId} accepted: account {UserId}")]
    public static partial void Accepted(ILogger logger, Guid invitationId, string userId);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Information, Message = "Account {UserId} deactivated by {ActorId}")]
    public static partial void Deactivated(ILogger logger, string userId, string actorId);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Information, Message = "Account {UserId} reactivated by {ActorId}")]
    public static partial void Reactivated(ILogger logger, string userId, string actorId);

    [LoggerMessage(EventId = 6106, Level = LogLevel.Information, Message = "Administrator account {UserId} created from the command line")]
    public static partial void AdministratorCreated(ILogger logger, string userId);

    [LoggerMessage(EventId = 6107, Level = LogLevel.Information, Message = "Password reset link owed to account {UserId}")]
    public static partial void ResetRequested(ILogger logger, string userId);

    [LoggerMessage(EventId = 6108, Level = LogLevel.Information, Message = "Password of account {UserId} reset with a link")]
    public static partial void PasswordReset(ILogger logger, string userId);

    [LoggerMessage(EventId = 6109, Level = LogLevel.Information, Message = "Programmes of manager {UserId} set by {ActorId}: {Count}")]
    public static partial void ProgrammesSet(ILogger logger, string userId, string actorId, int count);

    [LoggerMessage(EventId = 6110, Level = LogLevel.Information, Message = "Invitation {InvitationId} cancelled")]
    public static partial void Cancelled(ILogger logger, Guid invitationId);
}
