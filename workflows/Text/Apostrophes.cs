namespace Cohorts.Workflows.Text;

/// <summary>
/// The two apostrophes a name may be typed with, straight (') and typographic (’): "CCI de l'Aisne" and "CCI de l’Aisne"
/// are one name, and the built-in texts wrote ' before they wrote ’.
/// </summary>
public static class Apostrophes
{
    /// <summary>A text with every apostrophe straight ('), and with every one typographic (’).</summary>
    public static (string Straight, string Typographic) Forms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (text.Replace('’', '\''), text.Replace('\'', '’'));
    }
}
