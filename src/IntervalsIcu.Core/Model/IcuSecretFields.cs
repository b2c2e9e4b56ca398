using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json;

namespace IntervalsIcu.Core.Model;

/// <summary>
/// API fields that hold credentials (their names are the generated half of this class). No model maps
/// them, and every model removes them, at any depth, from its extension data and raw-JSON properties
/// right after deserialization, so their values are never reachable from a model object (nor from its
/// <c>GetCustomFields()</c>) nor written back out.
/// </summary>
internal static partial class IcuSecretFields
{
    // Names a server may use for a credential it should never have sent (api_key, strava_access_token…).
    private static readonly string[] SecretNameEndings = ["api_key", "apikey", "_token", "secret", "password"];

    // The session being read, while its response is deserialized: a field whose value carries its secret is dropped.
    private static readonly AsyncLocal<Func<string, bool>?> EchoedSecret = new();

    /// <summary>
    /// While the returned scope lives (in this async flow), any field whose string value
    /// <paramref name="isSecret"/> recognises is removed as if it had a secret's name.
    /// </summary>
    public static IDisposable WatchFor(Func<string, bool> isSecret)
    {
        var previous = EchoedSecret.Value;
        EchoedSecret.Value = isSecret;
        return new WatchScope(previous);
    }

    /// <summary>A read-only view of a model's extension data (already scrubbed); empty when there is none.</summary>
    public static IReadOnlyDictionary<string, JsonElement> ReadOnly(Dictionary<string, JsonElement>? extensionData) =>
        extensionData is { Count: > 0 }
            ? new ReadOnlyDictionary<string, JsonElement>(extensionData)
            : ReadOnlyDictionary<string, JsonElement>.Empty;

    public static bool IsSecret(string fieldName)
    {
        foreach (var name in Names)
        {
            if (string.Equals(name, fieldName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var ending in SecretNameEndings)
        {
            if (fieldName.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSecret(string fieldName, JsonElement value) =>
        IsSecret(fieldName)
        || (value.ValueKind == JsonValueKind.String && EchoedSecret.Value is { } isSecret && value.GetString() is { Length: > 0 } text && isSecret(text));

    /// <summary>Removes secret keys from the bag, and from any JSON object nested in its values.</summary>
    public static void RemoveFrom(Dictionary<string, JsonElement>? extensionData)
    {
        if (extensionData is null || extensionData.Count == 0)
        {
            return;
        }

        List<string>? secretKeys = null;
        List<KeyValuePair<string, JsonElement>>? cleaned = null;
        foreach (var entry in extensionData)
        {
            if (IsSecret(entry.Key, entry.Value))
            {
                (secretKeys ??= []).Add(entry.Key);
            }
            else if (ContainsSecret(entry.Value))
            {
                (cleaned ??= []).Add(new(entry.Key, Without(entry.Value)));
            }
        }

        foreach (var key in secretKeys ?? [])
        {
            extensionData.Remove(key);
        }

        foreach (var entry in cleaned ?? [])
        {
            extensionData[entry.Key] = entry.Value;
        }
    }

    /// <summary>The same JSON without secret keys at any depth; the value itself when it has none.</summary>
    public static JsonElement? RemoveFrom(JsonElement? value) =>
        value is { } element && ContainsSecret(element) ? Without(element) : value;

    private static bool ContainsSecret(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (IsSecret(property.Name, property.Value) || ContainsSecret(property.Value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (ContainsSecret(item))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static JsonElement Without(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteWithout(element, writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void WriteWithout(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsSecret(property.Name, property.Value))
                    {
                        writer.WritePropertyName(property.Name);
                        WriteWithout(property.Value, writer);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteWithout(item, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private sealed class WatchScope(Func<string, bool>? previous) : IDisposable
    {
        public void Dispose() => EchoedSecret.Value = previous;
    }
}
