namespace Cohorts.Workflows.Forms;

/// <summary>What <see cref="FormReader"/> read: the form, or every problem by its JSON path.</summary>
/// <param name="Definition">The form, when there is no problem.</param>
/// <param name="Problems">Each problem: its JSON path (<c>questions[2].options</c>) and what is wrong.</param>
public sealed record FormReadResult(FormDefinition? Definition, IReadOnlyList<KeyValuePair<string, string>> Problems)
{
    /// <summary>Gets a value indicating whether the form read without a problem.</summary>
    public bool IsValid => Definition is not null;
}
