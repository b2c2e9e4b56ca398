using System.Reflection;

namespace IntervalsIcu.Core.Selection;

/// <summary>
/// A property -Property can choose: its PowerShell name, the API field the server must send for it, and
/// how to read it from a typed record (null for a custom field, read from the record's custom fields).
/// <paramref name="DateFormat"/> is the ISO format of a date property's cells, null for anything else.
/// </summary>
public sealed record SelectableProperty(string Name, string ApiField, PropertyInfo? Property, string? DateFormat)
{
    public bool IsCustomField => Property is null;
}
