using System.Net.Mail;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Services;

namespace Cohorts.Workflows.Evaluations;

/// <summary>Checks a round to open, every problem by its path (<c>criteria[1].weight</c>, <c>evaluators[0].email</c>).</summary>
internal static class RoundPlanRules
{
    /// <summary>The rubric and the evaluators (addresses lower-case), or every problem.</summary>
    /// <exception cref="DomainRuleException">Something is wrong.</exception>
    public static (string Name, Rubric Rubric, IReadOnlyList<EvaluatorInput> Evaluators) Check(RoundPlan plan)
    {
        var problems = new Problems();
        problems.Required("name", plan.Name, "The round's name");
        problems.Text("name", plan.Name, ScreeningLimits.MaxRoundNameLength);
        var criteria = Criteria(problems, plan.Criteria);
        var evaluators = Evaluators(problems, plan.Evaluators);
        problems.ThrowIfAny();
        return (plan.Name!.Trim(), new Rubric(criteria), evaluators);
    }

    private static List<RubricCriterion> Criteria(Problems problems, IReadOnlyList<CriterionInput?>? inputs)
    {
        var criteria = new List<RubricCriterion>();
        if (inputs is null || inputs.Count == 0)
        {
            problems.Add("criteria", "A rubric has at least one criterion.");
            return criteria;
        }

        if (!problems.MaxCount("criteria", inputs.Count, ScreeningLimits.MaxCriteria))
        {
            return criteria;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var path = $"criteria[{i}]";
            if (inputs[i] is not { } input)
            {
                problems.Add(path, "A criterion is an object: id, label, weight, min, max.");
                continue;
            }

            var before = problems.Count;
            if (string.IsNullOrWhiteSpace(input.Id) || input.Id.Length > ScreeningLimits.MaxCriterionIdLength || FormSlug.Problem(input.Id) is not null)
            {
                problems.Add($"{path}.id", $"An id is a slug (a-z, 0-9, single hyphens) of at most {ScreeningLimits.MaxCriterionIdLength} characters.");
            }
            else if (!ids.Add(input.Id))
            {
                problems.Add($"{path}.id", $"Another criterion has the id '{input.Id}'.");
            }

            Label(problems, $"{path}.label", input.Label);
            if (input.Weight is not { } weight || weight <= 0 || weight > ScreeningLimits.MaxWeight)
            {
                problems.Add($"{path}.weight", $"A weight is above 0 and at most {ScreeningLimits.MaxWeight}.");
            }

            var min = input.Min ?? 1;
            var max = input.Max ?? 5;
            problems.Range($"{path}.min", min, 0, ScreeningLimits.ScaleBound - 1);
            problems.Range($"{path}.max", max, 1, ScreeningLimits.ScaleBound);
            if (max <= min)
            {
                problems.Add($"{path}.max", "The highest score is above the lowest.");
            }

            if (problems.Count == before)
            {
                criteria.Add(new RubricCriterion(input.Id!, new FormLabel(input.Label!.En!.Trim(), input.Label.Fr!.Trim()), input.Weight!.Value, min, max));
            }
        }

        return criteria;
    }

    private static void Label(Problems problems, string path, LabelInput? label)
    {
        if (label is null)
        {
            problems.Add(path, "A label is given in English and French: {\"en\": …, \"fr\": …}.");
            return;
        }

        problems.Required($"{path}.en", label.En, "The English label");
        problems.Required($"{path}.fr", label.Fr, "The French label");
        problems.Text($"{path}.en", label.En, ScreeningLimits.MaxLabelLength);
        problems.Text($"{path}.fr", label.Fr, ScreeningLimits.MaxLabelLength);
    }

    private static List<EvaluatorInput> Evaluators(Problems problems, IReadOnlyList<EvaluatorInput?>? inputs)
    {
        var evaluators = new List<EvaluatorInput>();
        if (inputs is null || inputs.Count == 0)
        {
            problems.Add("evaluators", "A round has at least one evaluator.");
            return evaluators;
        }

        if (!problems.MaxCount("evaluators", inputs.Count, ScreeningLimits.MaxEvaluators))
        {
            return evaluators;
        }

        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < inputs.Count; i++)
        {
            var path = $"evaluators[{i}]";
            if (inputs[i] is not { } input)
            {
                problems.Add(path, "An evaluator is an object: email, name, companyIds.");
                continue;
            }

            var email = input.Email?.Trim() ?? string.Empty;
            if (email.Length == 0 || email.Length > InputLimits.MaxEmailLength || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
            {
                problems.Add($"{path}.email", "An evaluator is named by a valid e-mail address.");
            }
            else if (!emails.Add(email))
            {
                problems.Add($"{path}.email", $"{email} is an evaluator already.");
            }

            problems.Text($"{path}.name", input.Name, InputLimits.MaxNameLength);
            if (input.CompanyIds is { } ids)
            {
                problems.MaxCount($"{path}.companyIds", ids.Count, InputLimits.MaxCompaniesPerCohort);
            }

            evaluators.Add(input with { Email = email.ToLowerInvariant(), Name = input.Name?.Trim() });
        }

        return evaluators;
    }
}
