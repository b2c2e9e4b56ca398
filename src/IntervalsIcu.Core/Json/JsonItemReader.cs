using System.Text.Json;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// Reads one array item whose first token is the reader's current token (StartObject, or any value token).
/// Returns false when the reader ran out of data before the item's last token (only when !reader.IsFinalBlock):
/// the caller then gives it more data and calls again from the same item start with a fresh reader.
/// On true the reader is positioned on the item's last token (EndObject for an object).
/// </summary>
public delegate bool JsonItemReader<T>(ref Utf8JsonReader reader, out T? item);
