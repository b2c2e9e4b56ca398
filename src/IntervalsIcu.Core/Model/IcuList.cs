using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model.Converters;

namespace IntervalsIcu.Core.Model;

/// <summary>
/// An array field of a model. Export-Csv writes a property's ToString(), which for a plain array is
/// "System.String[]"; this one writes scalars joined with ';', numbers the current culture's way like
/// every single number in the same file, and objects as their JSON, so no CSV cell is ever a .NET type
/// name or loses data, while scripts still index and enumerate it as a list.
/// </summary>
[JsonConverter(typeof(IcuListConverterFactory))]
public sealed class IcuList<T> : ReadOnlyCollection<T>
{
    public const string Separator = ";";

    public IcuList(IList<T> items)
        : base(items)
    {
    }

    public override string ToString()
    {
        if (Count == 0)
        {
            return string.Empty;
        }

        if (this.All(item => CellValue.IsScalar(item)))
        {
            return string.Join(Separator, this.Select(item => Convert.ToString(item, CultureInfo.CurrentCulture)));
        }

        // The models' JSON metadata: List<T> for every list field, T[] for the root models.
        var typeInfo = IcuModelJsonContext.Default.GetTypeInfo(typeof(List<T>)) ?? IcuModelJsonContext.Default.GetTypeInfo(typeof(T[]));
        return typeInfo is null
            ? string.Format(CultureInfo.InvariantCulture, "{0} {1}", Count, Count == 1 ? "item" : "items")
            : JsonSerializer.Serialize(typeInfo.Type.IsArray ? this.ToArray() : this.ToList(), typeInfo);
    }
}
