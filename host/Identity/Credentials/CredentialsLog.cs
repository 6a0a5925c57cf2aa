namespace Cohorts.Host.Identity.Credentials;

/// <summary>The credentials' log messages.</summary>
internal static partial class CredentialsLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "New installation {InstallationId}: its Data Protection keys are kept in its database")]
    public static partial void InstallationCreated(ILogger logger, string installationId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "A refresh token of user {UserId} was used again or after revocation: its family {FamilyId} is revoked")]
    public static partial void RefreshTokenReused(ILogger logger, string userId, Guid familyId);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "User {UserId} signed out everywhere: their cookies and tokens are revoked")]
    public static partial void SignedOutEverywhere(ILogger logger, string userId);
}
