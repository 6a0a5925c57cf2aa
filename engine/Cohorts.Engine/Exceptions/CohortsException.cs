namespace Cohorts.Engine.Exceptions;

/// <summary>The base of every exception Cohorts throws on purpose; the host maps each kind to a problem detail.</summary>
public abstract class CohortsException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CohortsException"/> class.</summary>
    protected CohortsException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
