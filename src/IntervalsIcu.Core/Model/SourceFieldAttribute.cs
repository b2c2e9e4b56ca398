namespace IntervalsIcu.Core.Model;

/// <summary>
/// Names the API field a computed property is read from (IcuZoneTimeZ1Secs from <c>icu_zone_times</c>),
/// so -Property can ask the server for that field when the property is chosen.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class SourceFieldAttribute(string apiField) : Attribute
{
    public string ApiField { get; } = apiField;
}
