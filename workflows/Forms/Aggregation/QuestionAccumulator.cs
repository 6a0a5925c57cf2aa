using System.Globalization;
using System.Text.Json;

namespace Cohorts.Workflows.Forms.Aggregation;

/// <summary>
/// Adds up the answers to one question in one group as they are read (each answer set is parsed once): a value not of
/// the question's kind in the latest version (an older version's question of another kind) counts as skipped.
/// </summary>
internal sealed class QuestionAccumulator
{
    private readonly FormQuestion _question;
    private readonly int[] _options;
    private readonly List<double> _numbers = [];
    private readonly Dictionary<string, List<double>> _amounts = new(StringComparer.Ordinal);
    private readonly List<TextAnswer> _texts = [];
    private int _answered;
    private int _yes;
    private int _no;
    private DateOnly? _earliest;
    private DateOnly? _latest;

    public QuestionAccumulator(FormQuestion question)
    {
        _question = question;
        _options = new int[question.Options.Count];
    }

    /// <summary>Adds one answer set's value for the question; a text question's value comes read and searched (<paramref name="text"/>).</summary>
    public void Add(JsonElement value, (bool Answered, TextAnswer? Match) text)
    {
        var answered = _question.Kind switch
        {
            QuestionKind.ShortText or QuestionKind.LongText => AddText(text),
            QuestionKind.SingleChoice => value.ValueKind == JsonValueKind.String && Count(value),
            QuestionKind.MultipleChoice => AddChoices(value),
            QuestionKind.Scale or QuestionKind.Number => value.ValueKind == JsonValueKind.Number && Add(_numbers, value),
            QuestionKind.Amount => AddAmount(value),
            QuestionKind.Date => AddDate(value),
            QuestionKind.YesNo => AddYesNo(value),
            QuestionKind.File => value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0,
            _ => false,
        };
        if (answered)
        {
            _answered++;
        }
    }

    /// <summary>The summary of what was added, out of <paramref name="respondents"/> answer sets.</summary>
    public QuestionSummary Summarize(int respondents)
    {
        var options = new OptionCount[_options.Length];
        for (var i = 0; i < options.Length; i++)
        {
            options[i] = new OptionCount(_question.Options[i].Id, _options[i], _answered == 0 ? 0 : (double)_options[i] / _answered);
        }

        _texts.Sort(static (a, b) => b.SubmittedAt.CompareTo(a.SubmittedAt));
        return new QuestionSummary(_question.Id, _question.Kind, _answered, respondents - _answered)
        {
            Options = options,
            Numbers = NumberStats.Of(_numbers),
            Amounts = [.. _amounts.OrderByDescending(a => a.Value.Count).ThenBy(a => a.Key, StringComparer.Ordinal).Select(a => new CurrencyStats(a.Key, NumberStats.Of(a.Value)!))],
            Yes = _yes,
            No = _no,
            Earliest = _earliest,
            Latest = _latest,
            TextCount = _texts.Count,
            Texts = _texts.Count <= AggregationLimits.MaxListedTexts ? [.. _texts] : [.. _texts.Take(AggregationLimits.MaxListedTexts)],
        };
    }

    private static bool Add(List<double> numbers, JsonElement value)
    {
        numbers.Add(value.GetDouble());
        return true;
    }

    private bool AddText((bool Answered, TextAnswer? Match) text)
    {
        if (text.Match is { } match)
        {
            _texts.Add(match);
        }

        return text.Answered;
    }

    private bool Count(JsonElement option)
    {
        var options = _question.Options;
        for (var i = 0; i < options.Count; i++)
        {
            if (option.ValueEquals(options[i].Id))
            {
                _options[i]++;
                break;
            }
        }

        return true;
    }

    private bool AddChoices(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            return false;
        }

        foreach (var chosen in value.EnumerateArray())
        {
            if (chosen.ValueKind == JsonValueKind.String)
            {
                Count(chosen);
            }
        }

        return true;
    }

    private bool AddAmount(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object
            || !value.TryGetProperty("amount", out var amount) || amount.ValueKind != JsonValueKind.Number
            || !value.TryGetProperty("currency", out var currency) || currency.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var code = currency.GetString()!;
        if (!_amounts.TryGetValue(code, out var list))
        {
            _amounts[code] = list = [];
        }

        list.Add(amount.GetDouble());
        return true;
    }

    private bool AddDate(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        _earliest = _earliest is { } earliest && earliest <= date ? earliest : date;
        _latest = _latest is { } latest && latest >= date ? latest : date;
        return true;
    }

    private bool AddYesNo(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                _yes++;
                return true;
            case JsonValueKind.False:
                _no++;
                return true;
            default:
                return false;
        }
    }
}
