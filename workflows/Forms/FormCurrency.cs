namespace Cohorts.Workflows.Forms;

/// <summary>The shape of an ISO 4217 currency code: three capital letters (EUR, USD, XOF).</summary>
internal static class FormCurrency
{
    public static bool IsCode(string? code) =>
        code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z');
}
