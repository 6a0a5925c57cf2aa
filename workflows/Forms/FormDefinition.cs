namespace Cohorts.Workflows.Forms;

/// <summary>
/// A form: a list of typed questions, part of a programme, published in versions (<see cref="FormVersion"/>). The JSON
/// format is in docs/domain.md ("Forms"); <see cref="FormReader"/> reads it, <see cref="FormJson"/> writes it.
/// </summary>
/// <param name="Id">The form's slug, unique in its programme.</param>
/// <param name="Name">The form's name.</param>
/// <param name="Questions">The questions, in order.</param>
public sealed record FormDefinition(string Id, FormLabel Name, IReadOnlyList<FormQuestion> Questions);
