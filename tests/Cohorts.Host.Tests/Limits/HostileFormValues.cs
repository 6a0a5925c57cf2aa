namespace Cohorts.Host.Tests.Limits;

/// <summary>
/// What a hostile or careless person types into a control, by the control's type, one set per round: the calendar's
/// ends, numbers past every range, impossible dates, long and control-character text, formulas, values no option has.
/// The antiforgery token is always sent as written, else the form is refused before anything is read.
/// </summary>
public static class HostileFormValues
{
    /// <summary>The number of rounds (each posts every form once).</summary>
    public const int Rounds = 3;

    private static readonly string LongText = new('x', 5_000);

    /// <summary>The values to send for a control in a round (several for a list, or none).</summary>
    public static IEnumerable<string> For(string name, string type, IReadOnlyList<string> written, int round)
    {
        if (name == "__RequestVerificationToken")
        {
            return written;
        }

        string[] choices = type switch
        {
            "date" => ["0001-01-01", "9999-12-31", "2025-02-30"],
            "datetime-local" => ["0001-01-01T00:00", "9999-12-31T23:59", "2025-02-30T25:61"],
            "time" => ["00:00", "23:59", "25:61"],
            "month" => ["0001-01", "9999-12", "2025-13"],
            "number" or "range" => ["99999999999999999999", "-2147483649", "NaN"],
            "email" => ["a@" + LongText + ".fr", "not-an-address", "=cmd|' /C calc'!A0@x.fr"],
            "select" or "radio" => [written.Count > 0 ? written[0] : string.Empty, written.Count > 0 ? written[^1] : string.Empty, "accepted, rejected"],
            "checkbox" => [written[0], written[^1], "maybe"],
            "hidden" or "button" or "submit" => [written[0], written[0], "00000000-0000-0000-0000-000000000000"],
            "file" => [],
            _ => [LongText, "\u0001\u001b<script>alert(1)</script>", "=HYPERLINK(\"http://evil.example\")"],
        };
        if (choices.Length == 0)
        {
            return [];
        }

        var value = choices[round % choices.Length];
        return round == Rounds - 1 ? [value, value] : [value]; // the last round sends every field twice
    }
}
