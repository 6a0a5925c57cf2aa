namespace Cohorts.Host.Errors;

/// <summary>
/// The <c>type</c> of a problem: the section of the HTTP standard that defines its status (RFC 9110, or RFC 6585 for
/// 429 and 431), as ASP.NET Core gives it to the statuses it knows; <c>about:blank</c> for any other, which RFC 7807
/// says means "the status code says it all".
/// </summary>
internal static class ProblemTypes
{
    private const string Rfc9110 = "https://tools.ietf.org/html/rfc9110#section-";

    /// <summary>The type of a problem with this status.</summary>
    public static string Of(int status) => status switch
    {
        >= 400 and <= 418 => Rfc9110 + "15.5." + (status - 399),
        421 => Rfc9110 + "15.5.20",
        422 => Rfc9110 + "15.5.21",
        426 => Rfc9110 + "15.5.22",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        431 => "https://tools.ietf.org/html/rfc6585#section-5",
        >= 500 and <= 505 => Rfc9110 + "15.6." + (status - 499),
        _ => "about:blank",
    };
}
