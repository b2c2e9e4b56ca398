using System.Text.Json;

namespace IntervalsIcu.Core.Model;

/// <summary>
/// A model read from the API. Keys the spec does not name (custom activity and wellness fields,
/// fields newer than the spec) are kept and offered here, secrets removed; the cmdlets turn them into
/// ordinary PowerShell properties. A method, not a property, so Export-Csv never shows the dictionary.
/// </summary>
public interface IIcuRecord
{
    IReadOnlyDictionary<string, JsonElement> GetCustomFields();
}
