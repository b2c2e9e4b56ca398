using System.Text.Json;

namespace IntervalsIcu.Emulator.Spec;

/// <summary>A path or query parameter as the server binds it: <see cref="Required"/> already corrected for the spec's known defects.</summary>
internal sealed record SpecParameter(string Name, bool InPath, bool Required, JsonElement Schema)
{
    public string? Type => Schema.TryGetProperty("type", out var type) ? type.GetString() : null;

    public JsonElement? Items => Schema.TryGetProperty("items", out var items) ? items : null;

    /// <summary>The Java type Spring names in its binding messages.</summary>
    public string JavaType => Type switch
    {
        "integer" => Schema.TryGetProperty("format", out var format) && format.GetString() == "int64" ? "long" : "int",
        "number" => "double",
        "boolean" => "boolean",
        "array" => "List",
        _ => "String",
    };
}
