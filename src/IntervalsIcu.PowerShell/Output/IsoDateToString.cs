using System.Collections.ObjectModel;
using System.Management.Automation;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.PowerShell.Output;

/// <summary>
/// The ToString of one date cell: ISO 8601 text without arguments, the date's own formatting with them
/// (<c>ToString('yyyy')</c>, <c>ToString($culture)</c>). A PSCodeMethod would do the same through reflection,
/// but PowerShell copies a member for every object it is added to and a PSCodeMethod compiles a new invoker
/// for every copy: about a millisecond per date cell, seconds for an Export-Csv of a few thousand activities.
/// </summary>
internal sealed class IsoDateToString : PSMethodInfo
{
    private readonly IFormattable value;
    private readonly string isoFormat;

    public IsoDateToString(IFormattable value, string isoFormat)
    {
        SetMemberName(nameof(ToString));
        this.value = value;
        this.isoFormat = isoFormat;
    }

    public override PSMemberTypes MemberType => PSMemberTypes.CodeMethod;

    public override string TypeNameOfValue => typeof(string).FullName!;

    // One definition, as a PSCodeMethod with a params array shows: PowerShell's own conversions to text
    // ("$date", -match, [string]) call a ToString that lists several overloads with the invariant culture,
    // which would give the culture's text instead of ISO. Arguments given by the caller are still honoured.
    public override Collection<string> OverloadDefinitions => ["string ToString(params object[] formatAndProvider)"];

    public override PSMemberInfo Copy() => new IsoDateToString(value, isoFormat);

    public override object Invoke(params object[] arguments)
    {
        if (arguments is null || arguments.Length == 0)
        {
            return DateCells.Text(value, isoFormat);
        }

        // As DateTime and DateTimeOffset have: ToString(format), ToString(provider), ToString(format, provider).
        var format = Unwrapped(arguments[0]) as string;
        var provider = Unwrapped(arguments[^1]) as IFormatProvider;
        return value.ToString(format, provider);
    }

    private static object? Unwrapped(object? argument) => argument is PSObject wrapped ? wrapped.BaseObject : argument;
}
