using Cohorts.Workflows.Forms;

namespace Cohorts.Host.Reporting.TravelBook;

/// <summary>A cross-cutting lesson: a question of the lessons form, its suggestion (the question's help) and what the organisers wrote.</summary>
/// <param name="Lesson">The lesson (the question's label).</param>
/// <param name="Suggestion">The template's suggestion for it, if any.</param>
/// <param name="Texts">What the organisers wrote under it, in the order they answered.</param>
public sealed record TravelBookLesson(FormLabel Lesson, FormLabel? Suggestion, IReadOnlyList<FormLabel> Texts);
