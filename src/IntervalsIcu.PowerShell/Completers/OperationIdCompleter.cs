using IntervalsIcu.Core.Requests;

namespace IntervalsIcu.PowerShell.Completers;

/// <summary>Completes the spec's operationIds for Invoke-IcuRequest -Operation, with method, path and summary as the tooltip.</summary>
public sealed class OperationIdCompleter : ValueListCompleter
{
    protected override IEnumerable<string> Values => IcuOperationTable.All.Select(operation => operation.OperationId);

    protected override string ToolTip(string value)
    {
        var operation = IcuOperationTable.Find(value);
        var where = $"{operation.Method} {operation.PathTemplate}";
        return string.IsNullOrEmpty(operation.Summary) ? where : $"{where}: {operation.Summary}";
    }
}
