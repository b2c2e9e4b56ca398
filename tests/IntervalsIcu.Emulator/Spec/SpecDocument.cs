using System.Text.Json;

namespace IntervalsIcu.Emulator.Spec;

/// <summary>The OpenAPI document loaded once: its operations, most literal path first, and a validator over its schemas.</summary>
internal sealed class SpecDocument
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private SpecDocument(JsonElement root)
    {
        Root = root;
        Validator = new OpenApiSchemaValidator(root);
        Operations = root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => Methods
                .Where(method => path.Value.TryGetProperty(method, out _))
                .Select(method => new SpecOperation(method.ToUpperInvariant(), path.Name, path.Value.GetProperty(method))))
            .OrderByDescending(operation => operation.Literals)
            .ToList();
    }

    public JsonElement Root { get; }

    public OpenApiSchemaValidator Validator { get; }

    public IReadOnlyList<SpecOperation> Operations { get; }

    /// <summary>The document from <see cref="SpecLocation"/>, or null when it is not there.</summary>
    public static SpecDocument? Load()
    {
        if (SpecLocation.Find() is not { } path)
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return new SpecDocument(document.RootElement.Clone());
    }
}
