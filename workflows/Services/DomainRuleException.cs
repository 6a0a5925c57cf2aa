using Cohorts.Engine.Exceptions;

namespace Cohorts.Workflows.Services;

/// <summary>
/// A request breaks a rule of the domain (an unknown coach, a session outcome recorded twice, a milestone decided by
/// the wrong reviewer). <see cref="Field"/> names the offending input and <see cref="Errors"/> lists every problem by
/// input, so the host answers <c>errors: { field: [message] }</c>: 404 when <see cref="IsNotFound"/> (the thing named
/// does not exist), 400 otherwise.
/// </summary>
public sealed class DomainRuleException : CohortsException
{
    /// <summary>The problems the message names, when there are several (<see cref="Errors"/> has them all).</summary>
    public const int MostNamedInMessage = 5;

    /// <summary>Initializes a new instance of the <see cref="DomainRuleException"/> class for one problem.</summary>
    /// <param name="field">The input at fault, as the caller named it (<c>sessionId</c>, <c>coachId</c>, <c>companies[2].name</c>).</param>
    /// <param name="message">What is wrong, in words a programme manager understands.</param>
    /// <param name="isNotFound">True when the input names something that does not exist.</param>
    public DomainRuleException(string field, string message, bool isNotFound = false)
        : this([new KeyValuePair<string, string>(field, message)], isNotFound)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DomainRuleException"/> class for several problems (the first is <see cref="Field"/>).</summary>
    /// <param name="problems">Each problem: the input at fault and what is wrong with it.</param>
    /// <param name="isNotFound">True when the input names something that does not exist.</param>
    public DomainRuleException(IReadOnlyList<KeyValuePair<string, string>> problems, bool isNotFound = false)
        : base(Describe(problems))
    {
        Field = problems[0].Key;
        IsNotFound = isNotFound;
        Errors = problems
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Value)], StringComparer.Ordinal);
    }

    /// <summary>Gets the (first) input at fault.</summary>
    public string Field { get; }

    /// <summary>Gets a value indicating whether the input names something that does not exist (HTTP 404).</summary>
    public bool IsNotFound { get; }

    /// <summary>
    /// Gets a value indicating whether the request conflicts with what is recorded (HTTP 409): it repeats a decision
    /// recorded already (a client that retries after a lost answer learns that its decision is there, and whose it is),
    /// or what is recorded rules it out for now (a round still open, a form withdrawn, a journey finished).
    /// </summary>
    public bool IsConflict { get; private init; }

    /// <summary>Gets every problem, by input.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; }

    /// <summary>Creates the exception for an id that names nothing.</summary>
    public static DomainRuleException NotFound(string field, string kind, object id) =>
        new(field, $"No {kind} with id '{id}'.", isNotFound: true);

    /// <summary>Creates the exception for a decision or record that exists already, naming it and who made it.</summary>
    public static DomainRuleException RecordedAlready(string field, string message) =>
        new(field, message) { IsConflict = true };

    private static string Describe(IReadOnlyList<KeyValuePair<string, string>> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0 || problems.Any(p => string.IsNullOrWhiteSpace(p.Key)))
        {
            throw new ArgumentException("A domain rule exception names at least one problem, each with its field.", nameof(problems));
        }

        if (problems.Count == 1)
        {
            return problems[0].Value;
        }

        // Every problem is in Errors; the message names the first few whole, so that it is never cut in the middle of one.
        var named = string.Join(" ", problems.Take(MostNamedInMessage).Select(p => $"{p.Key}: {p.Value}"));
        return problems.Count <= MostNamedInMessage ? named : $"{named} And {problems.Count - MostNamedInMessage} more problems: see errors.";
    }
}
