using Cohorts.Workflows.Forms;

namespace Cohorts.Host.Reporting.TravelBook;

/// <summary>One answer set of the travel book: who wrote it and their texts (in both languages where they are the form's options), each under its question.</summary>
/// <param name="Author">The participant's company, or the organiser's address.</param>
/// <param name="Texts">The question and the answer, in the form's order; unanswered questions left out.</param>
public sealed record TravelBookAnswer(string Author, IReadOnlyList<(FormLabel Question, FormLabel Text)> Texts);
