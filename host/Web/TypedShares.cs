namespace Cohorts.Host.Web;

/// <summary>
/// A funder's share typed on a page: <c>50%</c>, <c>50 %</c>, <c>50</c> (a percentage) or <c>0.5</c>, <c>0,5</c> (a
/// fraction), the number read as <see cref="TypedNumbers"/> reads it. One rule for the programme's co-funders and the
/// cohort's funders, so that a share accepted on one page is accepted on the other.
/// </summary>
internal static class TypedShares
{
    /// <summary>The share typed, as a fraction above 0 and at most 1, or null when <paramref name="text"/> is not one.</summary>
    public static decimal? Read(string? text)
    {
        var clean = text?.Trim() ?? string.Empty;
        var percent = clean.EndsWith('%');
        if (TypedNumbers.Read(clean.TrimEnd('%')) is not { } parsed)
        {
            return null;
        }

        // To the hundredth of a percent the database keeps: 33.333% is 0.3333; 0.001% is no share at all.
        var share = decimal.Round(percent || parsed > 1 ? parsed / 100m : parsed, Workflows.Domain.Funder.ShareDecimals, MidpointRounding.AwayFromZero);
        return share is > 0 and <= 1 ? share : null;
    }
}
