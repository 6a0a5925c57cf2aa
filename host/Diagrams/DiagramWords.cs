using Cohorts.Host.Localization;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Diagrams;

/// <summary>The words a diagram shows for where an instance stands, in the reader's language.</summary>
public sealed class DiagramWords(IStringLocalizer<DefinitionText> text)
{
    /// <summary>The tag of a box in that state, or null when it has none.</summary>
    public string? State(DiagramState state) => state switch
    {
        DiagramState.Now => text["● now"].Value,
        DiagramState.Done => text["✓ done"].Value,
        DiagramState.Faulted => text["✕ faulted"].Value,
        _ => null,
    };

    /// <summary>The legend of a state.</summary>
    public string Legend(DiagramState state) => state switch
    {
        DiagramState.Now => text["where it stands now"],
        DiagramState.Done => text["where it has been"],
        DiagramState.Faulted => text["where it failed"],
        _ => string.Empty,
    };
}
