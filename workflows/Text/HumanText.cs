using System.Globalization;
using Cohorts.Engine.Time;
using Humanizer;

namespace Cohorts.Workflows.Text;

/// <summary>
/// Dates, durations and counts as shown to a person, in English or French (any other language falls back to
/// English), built on Humanizer: "in 3 days" / "dans 3 jours", "2 weeks overdue" / "en retard de 2 semaines",
/// "3 months" / "3 mois", "17 companies" / "17 entreprises", "6 January 2025" / "6 janvier 2025". Relative texts are
/// measured against the injected clock, on the local dates of the programme's time zone.
/// </summary>
public sealed class HumanText
{
    private readonly TimeProvider _clock;
    private readonly PhraseBook _book;
    private readonly IFormatter _units;

    /// <summary>Initializes a new instance of the <see cref="HumanText"/> class.</summary>
    /// <param name="culture">The culture of the reader (e.g. <c>fr-FR</c>).</param>
    /// <param name="clock">The clock relative texts are measured against.</param>
    /// <param name="timeZone">The zone whose local dates are shown and counted (UTC when null).</param>
    public HumanText(CultureInfo culture, TimeProvider clock, TimeZoneInfo? timeZone = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(clock);
        Culture = culture;
        TimeZone = timeZone ?? TimeZoneInfo.Utc;
        _clock = clock;
        _book = PhraseBook.For(culture);
        _units = Configurator.Formatters.ResolveForCulture(culture);
    }

    /// <summary>Gets the culture texts are written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets the zone whose local dates are shown.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Writes an instant relative to now: "in 3 days", "tomorrow", "2 weeks ago", "dans 3 mois", "hier".</summary>
    public string Relative(DateTimeOffset instant)
    {
        var span = CalendarSpan.Between(_clock.GetUtcNow(), instant, TimeZone);
        if (span is { Unit: TimeUnit.Minute, Count: 0 })
        {
            return _units.DateHumanize_Now();
        }

        if (span is { Unit: TimeUnit.Day, Count: 1 })
        {
            // Humanizer's own "tomorrow" / "demain", "yesterday" / "hier".
            return _units.DateHumanize(TimeUnit.Day, span.IsFuture ? Tense.Future : Tense.Past, 1);
        }

        return Place(span.IsFuture ? _book.Future : _book.Past, Units(span.Unit, span.Count));
    }

    /// <summary>
    /// Writes a deadline relative to now: "due in 3 days" / "prévu dans 3 jours", "due today", or, once passed,
    /// "2 weeks overdue" / "en retard de 2 semaines".
    /// </summary>
    public string Due(DateTimeOffset dueAt)
    {
        var span = CalendarSpan.Between(_clock.GetUtcNow(), dueAt, TimeZone);
        if (span.IsFuture)
        {
            return span.SameDay ? _book.DueToday : Place(_book.DueIn, Units(span.Unit, span.Count));
        }

        return Place(_book.Overdue, Units(span.Unit, Math.Max(span.Count, 1)));
    }

    /// <summary>
    /// Writes a calendar duration: "3 months" / "3 mois", "1 year and 6 months" / "1 an et 6 mois" (French: a no-break
    /// space between each number and its unit).
    /// </summary>
    public string Duration(IsoDuration duration)
    {
        var parts = new List<string>();
        Add(parts, TimeUnit.Year, duration.Years);
        Add(parts, TimeUnit.Month, duration.Months);
        Add(parts, TimeUnit.Week, duration.Weeks);
        Add(parts, TimeUnit.Day, duration.Days);
        AddTime(parts, duration.Time);
        return Join(parts);
    }

    /// <summary>Writes an elapsed duration in days, hours and minutes: "2 days and 3 hours" / "2 jours et 3 heures".</summary>
    public string Duration(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var parts = new List<string>();
        AddTime(parts, duration);
        return Join(parts);
    }

    /// <summary>Writes a number of months: "3 months" / "3 mois", "1 year" / "1 an" for twelve.</summary>
    public string Months(int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        return Duration(new IsoDuration(years: months / 12, months: months % 12));
    }

    /// <summary>
    /// Writes a count with its noun: "17 companies" / "17 entreprises", "1 session" / "1 séance", "2,500 visitors" (French:
    /// a no-break space between the number and its noun).
    /// </summary>
    public string Count(long count, DomainNoun noun)
    {
        var forms = _book.Noun(noun);

        // Humanizer's inflector is English: it pluralizes the English nouns; French ones carry their plural.
        return forms.Plural is null
            ? forms.Singular.ToQuantity(count, "N0", Culture)
            : NumberWithNoun(string.Create(Culture, $"{count:N0} {_book.Form(noun, count)}"));
    }

    /// <summary>Writes a count in words with its noun: "seventeen companies" / "dix-sept entreprises", "une séance".</summary>
    public string CountInWords(int count, DomainNoun noun)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return $"{count.ToWords(_book.Noun(noun).Gender, Culture)} {_book.Form(noun, count)}";
    }

    /// <summary>
    /// Writes a date: "6 January 2025" / "6 janvier 2025", "1er janvier 2025" (French: no-break spaces, so a date is
    /// never cut at the end of a line).
    /// </summary>
    public string Date(DateOnly date)
    {
        if (_book != PhraseBook.French)
        {
            return $"{date.Day.ToString(Culture)} {Month(date)}";
        }

        // French writes the first of the month as an ordinal ("1er"); Humanizer's French ordinalizer gives it.
        var day = date.Day == 1 ? 1.Ordinalize(GrammaticalGender.Masculine, Culture) : date.Day.ToString(Culture);
        return $"{day}\u00A0{Month(date)}";
    }

    /// <summary>Writes a month: "January 2027" / "janvier 2027" (French: a no-break space).</summary>
    public string Month(DateOnly month) => MonthAndYear(month, "MMMM");

    /// <summary>Writes a month in short, for a table's heading: "Jan 2027" / "janv. 2027" (French: a no-break space).</summary>
    public string ShortMonth(DateOnly month) => MonthAndYear(month, "MMM");

    /// <summary>Writes the local date of an instant in <see cref="TimeZone"/>.</summary>
    public string Date(DateTimeOffset instant) => Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime));

    /// <summary>
    /// Writes a time of day: "09:30" in English; in French as French typography writes it, "9 h 30", and "10 h" on the
    /// hour (no-break spaces, so the time is never cut at the end of a line).
    /// </summary>
    public string Time(TimeOnly time) => _book == PhraseBook.French
        ? (time.Minute == 0
            ? string.Create(Culture, $"{time.Hour}\u00A0h")
            : string.Create(Culture, $"{time.Hour}\u00A0h\u00A0{time.Minute:00}"))
        : time.ToString("HH:mm", Culture);

    /// <summary>Writes the local time of day of an instant in <see cref="TimeZone"/>.</summary>
    public string Time(DateTimeOffset instant) => Time(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime));

    /// <summary>
    /// Writes the local date and time of day of an instant in <see cref="TimeZone"/>: "6 January 2025 at 09:30" /
    /// "6 janvier 2025 à 9 h 30".
    /// </summary>
    public string DateAndTime(DateTimeOffset instant) => Place(_book.DateAndTime, Date(instant), Time(instant));

    /// <summary>Writes a percentage: "80%" / "80 %" (French: a narrow no-break space before the sign %).</summary>
    public string Percent(decimal percent) => French((percent / 100m).ToString("P0", Culture));

    /// <summary>
    /// Writes a share of a whole (0.3333 for a third) as a percentage to the hundredth, as a funder's share is kept:
    /// "33.33%", "50%" / "33,33 %", "50 %" (French: a narrow no-break space before the sign %).
    /// </summary>
    public string Share(decimal share)
    {
        var number = (share * 100m).ToString("0.##", Culture);
        return _book == PhraseBook.French ? number + "\u202F%" : number + "%";
    }

    /// <summary>
    /// Writes a signed difference in percent, against a target or an expectation: "+25%" / "+25 %" (French: a narrow
    /// no-break space before the sign %), "−10%", "0%".
    /// </summary>
    public string SignedPercent(decimal percent)
    {
        var sign = percent > 0 ? "+" : percent < 0 ? "\u2212" : string.Empty;
        return sign + Percent(Math.Abs(percent));
    }

    /// <summary>
    /// Writes an amount of money in whole units with its currency's symbol: "€200,000" / "200 000 €" (French: narrow
    /// no-break spaces between the thousands and before the symbol).
    /// </summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The ISO 4217 code (EUR shows as €, others as their code).</param>
    public string Money(decimal amount, string currency)
    {
        var format = (NumberFormatInfo)(Culture.IsNeutralCulture ? CultureInfo.CreateSpecificCulture(Culture.Name) : Culture).NumberFormat.Clone();
        format.CurrencySymbol = currency == "EUR" ? "€" : currency;
        return French(amount.ToString("C0", format));
    }

    /// <summary>
    /// French keeps a number with its sign or unit on one line: .NET's patterns put a plain space before "%" and "€"
    /// ("n %", "n $"), and the culture's data a no-break one in thousands; both become a narrow no-break space.
    /// </summary>
    private string French(string written) => _book == PhraseBook.French ? written.Replace('\u00A0', '\u202F').Replace(' ', '\u202F') : written;

    private static string Place(string pattern, string span) => string.Format(CultureInfo.InvariantCulture, pattern, span);

    private static string Place(string pattern, string first, string second) => string.Format(CultureInfo.InvariantCulture, pattern, first, second);

    private string Units(TimeUnit unit, int count) => NumberWithNoun(_units.TimeSpanHumanize(unit, count, toWords: false));

    /// <summary>
    /// French keeps a number with the noun it counts on one line ("3 mois", "17 entreprises"): the space after the number
    /// becomes a no-break space.
    /// </summary>
    private string NumberWithNoun(string written)
    {
        var space = written.IndexOf(' ', StringComparison.Ordinal);
        return _book == PhraseBook.French && space > 0 && char.IsAsciiDigit(written[space - 1])
            ? string.Concat(written.AsSpan(0, space), "\u00A0", written.AsSpan(space + 1))
            : written;
    }

    private void Add(List<string> parts, TimeUnit unit, int count)
    {
        if (count > 0)
        {
            parts.Add(Units(unit, count));
        }
    }

    private void AddTime(List<string> parts, TimeSpan time)
    {
        Add(parts, TimeUnit.Day, time.Days);
        Add(parts, TimeUnit.Hour, time.Hours);
        Add(parts, TimeUnit.Minute, time.Minutes);
    }

    private string Join(List<string> parts) => parts.Count switch
    {
        0 => _units.TimeSpanHumanize_Zero(),
        1 => parts[0],
        _ => $"{string.Join(", ", parts[..^1])} {_book.And} {parts[^1]}",
    };

    private string MonthAndYear(DateOnly month, string monthFormat) =>
        $"{month.ToString(monthFormat, Culture)}{(_book == PhraseBook.French ? '\u00A0' : ' ')}{month.ToString("yyyy", Culture)}";
}
