namespace Cohorts.Engine.Exceptions;

/// <summary>Another writer committed first (an instance step, a definition version); nothing was written.</summary>
public sealed class ConcurrencyConflictException : CohortsException
{
    /// <summary>Initializes a new instance of the <see cref="ConcurrencyConflictException"/> class.</summary>
    public ConcurrencyConflictException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
