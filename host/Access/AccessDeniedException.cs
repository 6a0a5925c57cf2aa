using Cohorts.Engine.Exceptions;

namespace Cohorts.Host.Access;

/// <summary>The signed-in user may not see or change what they asked for (HTTP 403).</summary>
public sealed class AccessDeniedException : CohortsException
{
    /// <summary>Initializes a new instance of the <see cref="AccessDeniedException"/> class.</summary>
    public AccessDeniedException(string message)
        : base(message)
    {
    }
}
