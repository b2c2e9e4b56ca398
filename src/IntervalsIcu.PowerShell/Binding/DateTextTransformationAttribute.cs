using System.Globalization;
using System.Management.Automation;

namespace IntervalsIcu.PowerShell.Binding;

/// <summary>
/// Reads date text for a DateTime parameter the way PowerShell binds cmdlet parameters (current culture, ISO
/// always), already while PowerShell matches positional arguments without conversion. That lets a parameter set
/// with a positional date share position 0 with a positional id: Get-IcuActivity 2026-11-01 binds -Oldest,
/// Get-IcuActivity i40001080 (no date) falls through to -Id. Text that is no date is handed on unchanged.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class DateTextTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value is string text && DateTime.TryParse(text, CultureInfo.CurrentCulture, DateTimeStyles.AllowWhiteSpaces, out var date) ? date : inputData;
    }
}
