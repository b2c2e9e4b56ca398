using System.Globalization;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Selection;

/// <summary>-Property named something the output does not have; raised before any request.</summary>
public sealed class IcuUnknownPropertyException : IcuException
{
    public IcuUnknownPropertyException(string recordName, IReadOnlyList<(string Name, string? Nearest)> unknown)
        : base(
            string.Format(CultureInfo.InvariantCulture, Messages.UnknownProperty, recordName, string.Join(", ", (unknown ?? []).Select(Describe))),
            string.Format(CultureInfo.InvariantCulture, Messages.FixUnknownProperty, recordName))
    {
        Names = (unknown ?? []).Select(name => name.Name).ToList();
    }

    /// <summary>The names (or wildcards) that matched nothing.</summary>
    public IReadOnlyList<string> Names { get; }

    public override string ErrorId => SelectionErrorIds.UnknownProperty;

    public override IcuErrorCategory Category => IcuErrorCategory.InvalidArgument;

    private static string Describe((string Name, string? Nearest) name) =>
        name.Nearest is null
            ? string.Format(CultureInfo.InvariantCulture, Messages.UnknownPropertyName, name.Name)
            : string.Format(CultureInfo.InvariantCulture, Messages.UnknownPropertyNameNear, name.Name, name.Nearest);
}
