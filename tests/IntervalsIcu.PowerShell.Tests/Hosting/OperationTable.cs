using System.Reflection;
using IntervalsIcu.PowerShell.Tests.TestSupport;

namespace IntervalsIcu.PowerShell.Tests.Hosting;

/// <summary>
/// The module's generated operation table, read from the staged IntervalsIcu.Core.dll (the assembly the
/// hosted runspace imports), so the coverage cases are the table's operations, not a list of our own.
/// </summary>
public static class OperationTable
{
    private static readonly Lazy<IReadOnlyList<dynamic>> AllLazy = new(() =>
    {
        var core = Assembly.LoadFrom(Path.Combine(Path.GetDirectoryName(RepositoryLayout.ModuleManifest)!, "IntervalsIcu.Core.dll"));
        var table = core.GetType("IntervalsIcu.Core.Requests.IcuOperationTable", throwOnError: true)!;
        var all = (System.Collections.IEnumerable)table.GetProperty("All")!.GetValue(null)!;
        return all.Cast<dynamic>().ToList();
    });

    public static IReadOnlyList<dynamic> All => AllLazy.Value;

    public static dynamic Find(string operationId) => All.Single(operation => (string)operation.OperationId == operationId);
}
