using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json.Serialization;
using IntervalsIcu.Core.Model.Converters;

namespace IntervalsIcu.Core.Model;

/// <summary>
/// An array field of a model. Export-Csv writes a property's ToString(), which for a plain array is
/// "System.String[]"; this one writes its items joined with ';' (scalars) or a count (objects), so
/// no CSV cell is ever a .NET type name, while scripts still index and enumerate it as a list.
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

        return IsScalar
            ? string.Join(Separator, this.Select(item => Convert.ToString(item, CultureInfo.InvariantCulture)))
            : string.Format(CultureInfo.InvariantCulture, "{0} {1}", Count, Count == 1 ? "item" : "items");
    }

    private static bool IsScalar =>
        typeof(T).IsPrimitive || typeof(T) == typeof(string) || typeof(T) == typeof(decimal)
        || Nullable.GetUnderlyingType(typeof(T)) is { IsPrimitive: true };
}
