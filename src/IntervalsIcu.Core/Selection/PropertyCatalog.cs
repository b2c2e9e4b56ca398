using System.Reflection;
using System.Text.Json.Serialization;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.Core.Selection;

/// <summary>
/// The properties -Property can choose for one output type, read from the typed model: each public property
/// with the API field behind it (its JSON name, or <see cref="SourceFieldAttribute"/> for a computed one).
/// Names resolve case-insensitively as PowerShell names (IcuTrainingLoad) or API names (icu_training_load),
/// wildcards expand against the properties, and anything unknown fails before a request, naming close matches.
/// </summary>
public sealed class PropertyCatalog
{
    private readonly IReadOnlyList<string> identity;
    private readonly IReadOnlyList<string> alsoFetched;
    private readonly Dictionary<string, SelectableProperty> byName;
    private readonly Dictionary<string, SelectableProperty> byApiName;

    private PropertyCatalog(Type recordType, IReadOnlyList<string> identity, IReadOnlyList<string> alsoFetched, CustomFieldRule customFields)
    {
        RecordType = recordType;
        this.identity = identity;
        this.alsoFetched = alsoFetched;
        CustomFields = customFields;
        Properties = Find(recordType);
        byName = Properties.ToDictionary(property => property.Name, StringComparer.OrdinalIgnoreCase);

        // An API name means the property the server's field fills, not a column computed from it.
        byApiName = Properties
            .Where(property => property.Property?.GetCustomAttribute<SourceFieldAttribute>() is null)
            .ToDictionary(property => property.ApiField, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Activities: identity Id, StartDateLocal, Type; <c>source</c> fetched too for the Strava stub count.</summary>
    public static PropertyCatalog Activity { get; } = new(typeof(IcuActivity), ["Id", "StartDateLocal", "Type"], ["source"], CustomFieldRule.Listed);

    /// <summary>Wellness days: identity Id (the date).</summary>
    public static PropertyCatalog Wellness { get; } = new(typeof(IcuWellness), ["Id"], [], CustomFieldRule.CodeShaped);

    /// <summary>Calendar events: identity Id, StartDateLocal, Category.</summary>
    public static PropertyCatalog Event { get; } = new(typeof(IcuEvent), ["Id", "StartDateLocal", "Category"], [], CustomFieldRule.None);

    public Type RecordType { get; }

    public CustomFieldRule CustomFields { get; }

    /// <summary>Every property that can be chosen, in the model's order.</summary>
    public IReadOnlyList<SelectableProperty> Properties { get; }

    /// <summary>The catalog of <typeparamref name="TRecord"/> (for tab completion).</summary>
    public static PropertyCatalog Of<TRecord>() =>
        typeof(TRecord) == typeof(IcuActivity) ? Activity
        : typeof(TRecord) == typeof(IcuWellness) ? Wellness
        : typeof(TRecord) == typeof(IcuEvent) ? Event
        : throw new ArgumentException($"No -Property catalog for {typeof(TRecord).Name}.", nameof(TRecord));

    /// <summary>
    /// Resolves <paramref name="names"/>. <paramref name="customCodes"/> gives the athlete's custom field codes
    /// (<see cref="CustomFieldRule.Listed"/>); it is called only when a name needs it (a wildcard, or a name
    /// no property has), so a selection of typed properties makes no request at all.
    /// </summary>
    public PropertySelection Select(IEnumerable<string> names, Func<IReadOnlyList<string>>? customCodes = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        IReadOnlyList<string>? codes = null;
        IReadOnlyList<string> Codes() => codes ??= CustomFields == CustomFieldRule.Listed ? customCodes?.Invoke() ?? [] : [];

        var chosen = new List<SelectableProperty>();
        var unknown = new List<(string Name, string? Nearest)>();
        foreach (var name in names.Select(name => name.Trim()).Where(name => name.Length > 0))
        {
            var found = Resolve(name, Codes);
            if (found.Count == 0)
            {
                unknown.Add((name, Nearest(name, Codes)));
            }

            chosen.AddRange(found);
        }

        if (unknown.Count > 0)
        {
            throw new IcuUnknownPropertyException(RecordType.Name, unknown);
        }

        var named = chosen.Select(property => property.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ordered = identity.Where(name => !named.Contains(name)).Select(name => byName[name])
            .Concat(chosen)
            .DistinctBy(property => property.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var fields = ordered.Select(property => property.ApiField).Concat(alsoFetched).Distinct(StringComparer.Ordinal).ToList();
        return new PropertySelection(RecordType, ordered, fields);
    }

    private List<SelectableProperty> Resolve(string name, Func<IReadOnlyList<string>> codes)
    {
        if (NamePattern.HasWildcards(name))
        {
            var pattern = NamePattern.Of(name);
            return Properties.Where(property => pattern.IsMatch(property.Name) || pattern.IsMatch(property.ApiField))
                .Concat(codes().Where(pattern.IsMatch).Where(code => !byName.ContainsKey(code)).Select(Custom))
                .ToList();
        }

        if (byName.TryGetValue(name, out var property) || byApiName.TryGetValue(name, out property))
        {
            return [property];
        }

        if (codes().FirstOrDefault(code => string.Equals(code, name, StringComparison.OrdinalIgnoreCase)) is { } listed)
        {
            return [Custom(listed)];
        }

        return CustomFields == CustomFieldRule.CodeShaped && WellnessFields.IsValidCustomCode(name) && NearestName.Find(name, byName.Keys) is null
            ? [Custom(name)]
            : [];
    }

    private string? Nearest(string name, Func<IReadOnlyList<string>> codes)
    {
        if (NamePattern.HasWildcards(name))
        {
            return null;
        }

        // An API-style name is compared with the API names, and answered with the property's PowerShell name.
        var apiNearest = NearestName.Find(name, byApiName.Keys);
        return NearestName.Find(name, byName.Keys.Concat(codes())) ?? (apiNearest is null ? null : byApiName[apiNearest].Name);
    }

    private static SelectableProperty Custom(string code) => new(code, code, null, null);

    private static List<SelectableProperty> Find(Type type)
    {
        var dates = DateCells.Of(type).ToDictionary(date => date.Property.Name, date => date.Format, StringComparer.Ordinal);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0)
            .Select(property => ApiFieldOf(property) is { } field ? new SelectableProperty(property.Name, field, property, dates.GetValueOrDefault(property.Name)) : null)
            .OfType<SelectableProperty>()
            .ToList();
    }

    private static string? ApiFieldOf(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? property.GetCustomAttribute<SourceFieldAttribute>()?.ApiField;
}
