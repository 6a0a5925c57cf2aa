namespace Cohorts.Engine.Time;

/// <summary>The date of Easter, from which the movable holidays are counted.</summary>
public static class Easter
{
    /// <summary>
    /// Computes Easter Sunday in the Gregorian calendar with the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    /// </summary>
    /// <param name="year">A year from 1583, the first full year of the Gregorian calendar.</param>
    public static DateOnly Sunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
