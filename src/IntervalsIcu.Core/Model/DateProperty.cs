using System.Reflection;

namespace IntervalsIcu.Core.Model;

/// <summary>A date property of an output type and the ISO 8601 format its cells use (see <see cref="DateCells"/>).</summary>
public sealed record DateProperty(PropertyInfo Property, string Format);
