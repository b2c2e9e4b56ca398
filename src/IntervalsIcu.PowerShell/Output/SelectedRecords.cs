using System.Management.Automation;
using System.Runtime.CompilerServices;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Selection;

namespace IntervalsIcu.PowerShell.Output;

/// <summary>
/// The output of -Property: for each typed record, an object with exactly the chosen properties in their
/// order, as Select-Object makes them (a PSCustomObject named <c>Selected.&lt;type&gt;</c>), so Export-Csv writes
/// only those columns and Format-Table shows them. Values come from the typed model (computed columns
/// included), custom fields from the record's extra keys, and dates keep their ISO text (<see cref="IsoDates"/>).
/// </summary>
internal sealed class SelectedRecords
{
    private readonly PropertySelection selection;
    private readonly string typeName;

    public SelectedRecords(PropertySelection selection)
    {
        this.selection = selection;
        typeName = "Selected." + selection.RecordType.FullName;
    }

    public PSObject Project(object record)
    {
        var result = new PSObject();
        result.TypeNames.Insert(0, typeName);
        IReadOnlyDictionary<string, System.Text.Json.JsonElement>? customFields = null;
        foreach (var property in selection.Properties)
        {
            object? value;
            if (property.Property is { } typed)
            {
                value = typed.GetValue(record);
                if (value is IFormattable date && property.DateFormat is { } format)
                {
                    value = IsoDates.Cell(date, format);
                }
            }
            else
            {
                customFields ??= (record as IIcuRecord)?.GetCustomFields() ?? new Dictionary<string, System.Text.Json.JsonElement>();
                value = customFields.TryGetValue(property.Name, out var json) ? CellValue.From(json) : null;
            }

            result.Properties.Add(new PSNoteProperty(property.Name, value));
        }

        return result;
    }

    /// <summary>Projects a Core stream as it is read, on the reading thread, so the pipeline thread only writes.</summary>
    public async IAsyncEnumerable<PSObject> ProjectAll<T>(IAsyncEnumerable<T> records, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return Project(record);
        }
    }
}
