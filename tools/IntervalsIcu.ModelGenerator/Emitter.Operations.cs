namespace IntervalsIcu.ModelGenerator;

/// <summary>Writes the operation table: one <c>IcuOperation</c> per spec operation, ordered by operationId.</summary>
internal sealed partial class Emitter
{
    public const string OperationsFile = GeneratorTables.OperationsClass + ".g.cs";

    public string EmitOperations(IReadOnlyList<OperationRow> operations)
    {
        var w = new CodeWriter();
        Header(w, "every operation of the spec", GeneratorTables.RegenerateOperationsCommand);
        w.Line("using System.Collections.Generic;");
        w.Line();
        w.Line($"namespace {GeneratorTables.OperationsNamespace};");
        w.Line();
        w.Line($"/// <summary>The {operations.Count} operations of the Intervals.icu API, by operationId.</summary>");
        w.Line($"public static partial class {GeneratorTables.OperationsClass}");
        w.Open();
        w.Line("public static IReadOnlyList<IcuOperation> All { get; } =");
        w.Line("[");
        w.Indent();
        foreach (var operation in operations)
        {
            w.Line("new(");
            w.Indent();
            w.Line($"{Literal(operation.OperationId)}, {Literal(operation.Method)}, {Literal(operation.PathTemplate)},");
            w.Line($"{Literal(operation.Summary)},");
            w.Line($"{Literal(operation.Tag)}, {(operation.AthleteParameter is null ? "null" : Literal(operation.AthleteParameter))},");
            if (operation.Parameters.Count == 0)
            {
                w.Line("[],");
            }
            else
            {
                w.Line("[");
                w.Indent();
                foreach (var p in operation.Parameters)
                {
                    var item = p.ItemType is null ? "null" : "IcuParameterType." + p.ItemType;
                    w.Line($"new({Literal(p.Name)}, IcuParameterLocation.{p.Location}, IcuParameterType.{p.Type}, {item}, "
                        + $"Required: {Bool(p.Required)}, ServerDefaulted: {Bool(p.ServerDefaulted)}, IsPathSuffix: {Bool(p.IsPathSuffix)}),");
                }

                w.Outdent();
                w.Line("],");
            }

            w.Line($"IcuBodyKind.{operation.Body}, BodyRequired: {Bool(operation.BodyRequired)}, IcuResponseKind.{operation.Response}),");
            w.Outdent();
        }

        w.Outdent();
        w.Line("];");
        w.Close();
        return w.ToString();
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
