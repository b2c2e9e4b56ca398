using IntervalsIcu.Core.Events;

namespace IntervalsIcu.PowerShell.Completers;

/// <summary>Completes calendar event categories (WORKOUT, NOTE, RACE_A, ...).</summary>
public sealed class EventCategoryCompleter : ValueListCompleter
{
    protected override IEnumerable<string> Values => EventCategories.All;
}
