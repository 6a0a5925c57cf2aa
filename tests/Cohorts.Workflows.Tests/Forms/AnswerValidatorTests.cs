using System.Text.Json.Nodes;
using Cohorts.Workflows.Forms;
using static Cohorts.Workflows.Tests.Forms.SampleForms;

namespace Cohorts.Workflows.Tests.Forms;

/// <summary>An answer set checked against a form with one question of each kind: each problem by its path.</summary>
public sealed class AnswerValidatorTests
{
    private static readonly FormDefinition Form = FormReader.Read(EveryKind().ToJsonString()).Definition!;

    [Fact]
    public void Validate_AValidSet_HasNoProblem() => Assert.Empty(AnswerValidator.Validate(Form, ValidAnswers()));

    [Fact]
    public void Validate_OptionalAnswersLeftOut_HasNoProblem()
    {
        var answers = ValidAnswers();
        answers.Remove("project");
        answers["needs"] = null;
        answers.Remove("pitch-deck");

        Assert.Empty(AnswerValidator.Validate(Form, answers));
    }

    [Theory]
    [InlineData("company-name", "12", "a text")]
    [InlineData("company-name", "\"  \"", "required")]
    [InlineData("sector", "\"mining\"", "Unknown option 'mining'")]
    [InlineData("sector", "[\"tech\"]", "one option")]
    [InlineData("needs", "[\"finance\", \"finance\"]", "at most once")]
    [InlineData("needs", "[\"space\"]", "Unknown option 'space'")]
    [InlineData("needs", "\"finance\"", "list of option ids")]
    [InlineData("satisfaction", "11", "Out of range")]
    [InlineData("satisfaction", "7.5", "whole number")]
    [InlineData("employees", "501", "At most 500")]
    [InlineData("employees", "-1", "At least 0")]
    [InlineData("employees", "\"twelve\"", "a number")]
    [InlineData("revenue", "1250000", "with its currency")]
    [InlineData("revenue", "{\"amount\": 1250000}", "needs its currency")]
    [InlineData("revenue", "{\"amount\": 1250000, \"currency\": \"USD\"}", "in EUR, not USD")]
    [InlineData("founded", "\"01/04/2019\"", "yyyy-MM-dd")]
    [InlineData("founded", "\"2019-02-30\"", "yyyy-MM-dd")]
    [InlineData("incorporated", "\"yes\"", "true (yes) or false (no)")]
    [InlineData("pitch-deck", "42", "stored file")]
    public void Validate_AWrongValue_NamesItsAnswer(string questionId, string value, string expected)
    {
        var answers = ValidAnswers();
        answers[questionId] = JsonNode.Parse(value);

        var problem = Assert.Single(AnswerValidator.Validate(Form, answers));

        Assert.Equal($"answers.{questionId}", problem.Key);
        Assert.Contains(expected, problem.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RequiredMissingAndUnknownQuestion_ListsBoth()
    {
        var answers = ValidAnswers();
        answers.Remove("founded");
        answers["colour"] = "red";

        var problems = AnswerValidator.Validate(Form, answers);

        Assert.Equal(["answers.colour", "answers.founded"], problems.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_NotAnObject_NamesTheAnswers() =>
        Assert.Equal(["answers"], AnswerValidator.Validate(Form, new JsonArray()).Select(p => p.Key));

    [Fact]
    public void Validate_ShortTextAtTheLimitAndOnePast_OnlyThePastIsRefused()
    {
        var answers = ValidAnswers();
        answers["company-name"] = new string('a', FormLimits.MaxShortTextAnswer);
        Assert.Empty(AnswerValidator.Validate(Form, answers));

        answers["company-name"] = new string('a', FormLimits.MaxShortTextAnswer + 1);
        Assert.Equal(["answers.company-name"], AnswerValidator.Validate(Form, answers).Select(p => p.Key));
    }
}
