using Cohorts.Host.Localization;
using Cohorts.Workflows.Forms;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Evaluations;

/// <summary>Says the domain's refusals of applications, rounds and scores in the reader's language, by the path they name.</summary>
public static class ScreeningMessages
{
    /// <summary>The message for a problem at <paramref name="path"/> (<c>answers.revenue</c>, <c>criteria[1].weight</c>).</summary>
    public static string Say(string path, string message, bool conflict, FormDefinition? form, IStringLocalizer<ScreeningText> text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(text);
        if (path == "headcount")
        {
            return text["The headcount is a whole number from 0 up."];
        }

        if (LimitText.TryLocalize(message, text) is { } limit)
        {
            return limit;
        }

        if (message.StartsWith("An answer is required", StringComparison.Ordinal) || message.EndsWith("is required.", StringComparison.Ordinal))
        {
            return text["An answer is required."];
        }

        if (path.StartsWith(AnswerValidator.Root + ".", StringComparison.Ordinal))
        {
            var question = form?.Questions.FirstOrDefault(q => path == $"{AnswerValidator.Root}.{q.Id}");
            return question?.Kind switch
            {
                QuestionKind.ShortText or QuestionKind.LongText => text["This answer is too long."],
                QuestionKind.SingleChoice => text["Choose one of the options."],
                QuestionKind.MultipleChoice => text["Choose among the options, each once."],
                QuestionKind.Scale => text["Choose a whole number from {0} to {1}.", question.Min ?? 1, question.Max ?? 5],
                QuestionKind.Number => text["Give a number within the range asked."],
                QuestionKind.Amount => text["Give an amount with its currency (EUR)."],
                QuestionKind.Date => text["Give a date."],
                QuestionKind.YesNo => text["Answer yes or no."],
                QuestionKind.File => text["Give the file's reference."],
                _ => text["This form has no such question."],
            };
        }

        var last = path.Split('.')[^1];
        return last switch
        {
            "token" when message.Contains("closed", StringComparison.Ordinal) => text["This call for applications is closed."],
            "token" => text["This link leads to no call for applications."],
            "name" when conflict => text["A company of that name is in the cohort already."],
            "name" => text["Give a name of at most {0} characters.", 200],
            "contactEmail" or "email" => text["Give a valid e-mail address."],
            "headcount" => text["The headcount is a whole number from 0 up."],
            "sector" or "location" => text["An answer is required."],
            "weight" => text["A weight is above 0 and at most 100."],
            "min" or "max" => text["The scale goes from a lowest to a higher highest score, between 0 and 100."],
            "id" => text["An id is lower-case letters, digits and single hyphens, once in the rubric."],
            "en" or "fr" => text["Give the label in English and in French."],
            "value" => text["Choose a score within the scale."],
            "criteria" => text["A rubric has 1 to 20 criteria."],
            "evaluators" => text["Name 1 to 50 evaluators."],
            "cohortId" when conflict => text["A round is still open: close it first."],
            "cohortId" when message.Contains("not launched", StringComparison.Ordinal) => text["This cohort is not launched yet: launch it first."],
            "cohortId" => text["No application waits for this round."],
            "closesAt" => text["The deadline is still to come."],
            "formId" => text["Choose one of the programme's forms."],
            "roundId" when conflict => text["This round was closed already."],
            "roundId" => text["This round is closed."],
            _ when path.Contains("companyIds", StringComparison.Ordinal) || path.StartsWith("advance", StringComparison.Ordinal) => text["This application is not in the round."],
            _ => text[message],
        };
    }
}
