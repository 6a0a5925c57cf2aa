using Humanizer;

namespace Cohorts.Workflows.Text;

/// <summary>A noun's forms in one language: singular, plural and grammatical gender (for counts in words).</summary>
/// <param name="Singular">The singular ("séance").</param>
/// <param name="Plural">The plural ("séances"); null to let Humanizer's English inflector make it.</param>
/// <param name="Gender">The gender ("une séance", "un jalon").</param>
internal sealed record NounForms(string Singular, string? Plural, GrammaticalGender Gender = GrammaticalGender.Masculine);
