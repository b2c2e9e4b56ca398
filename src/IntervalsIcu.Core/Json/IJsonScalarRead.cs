using System.Text.Json;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// Reads one list item of type <typeparamref name="T"/> at the reader's current token. Implemented by
/// structs, so <see cref="JsonListReader.TryReadScalars{T, TRead}"/> is compiled once per item type with
/// the read inlined (no delegate call per number).
/// </summary>
internal interface IJsonScalarRead<out T>
{
    static abstract T Read(ref Utf8JsonReader reader, string field);
}
