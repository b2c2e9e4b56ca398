using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace IntervalsIcu.ModelGenerator;

/// <summary>
/// Generates the IntervalsIcu.Core model classes from the Intervals.icu OpenAPI document.
/// Exit codes: 0 done (or, with --check, up to date); 1 --check found differences; 2 bad usage or spec.
/// </summary>
internal static class Program
{
    private const string SolutionFile = "IntervalsIcu.PowerShell.sln";
    private const string DefaultSpec = "../shared/reference/intervals-icu-openapi.json";
    private const string DefaultOut = "src/IntervalsIcu.Core/Model/Generated";
    private const string DefaultOperationsOut = "src/IntervalsIcu.Core/Requests/Generated";
    private const string GeneratedSuffix = ".g.cs";

    private const string Usage = """
        IntervalsIcu.ModelGenerator: writes the model classes from the Intervals.icu OpenAPI document.

        dotnet run --project tools/IntervalsIcu.ModelGenerator -- [--spec <path>] [--out <dir>] [--operations-out <dir>] [--check]

          --spec <path>  the OpenAPI JSON (default: ../shared/reference/intervals-icu-openapi.json,
                         relative to the repository root)
          --out <dir>    where the *.g.cs files go (default: src/IntervalsIcu.Core/Model/Generated,
                         relative to the repository root). *.g.cs files there that the generator no
                         longer produces are deleted; other files are left alone.
          --operations-out <dir>
                         where the operation table (IcuOperationTable.g.cs, every operation of the
                         spec for Invoke-IcuRequest) goes (default: src/IntervalsIcu.Core/Requests/Generated).
          --check        write nothing; exit 1 and list the files that differ from what would be written.
        """;

    public static int Main(string[] args)
    {
        try
        {
            return Run(args);
        }
        catch (GeneratorException ex)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            return 2;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            return 2;
        }
    }

    private static int Run(string[] args)
    {
        string? spec = null;
        string? outDir = null;
        string? operationsDir = null;
        var check = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--spec" when i + 1 < args.Length:
                    spec = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case "--operations-out" when i + 1 < args.Length:
                    operationsDir = args[++i];
                    break;
                case "--check":
                    check = true;
                    break;
                case "-h" or "--help" or "-?":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    Console.Error.WriteLine($"error: unexpected argument '{args[i]}'.");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        if (spec is null || outDir is null || operationsDir is null)
        {
            var root = FindRepositoryRoot()
                ?? throw new GeneratorException($"Cannot find {SolutionFile} above the current directory; pass --spec and --out.");
            spec ??= Path.Combine(root, DefaultSpec);
            outDir ??= Path.Combine(root, DefaultOut);
            operationsDir ??= Path.Combine(root, DefaultOperationsOut);
        }

        spec = Path.GetFullPath(spec);
        outDir = Path.GetFullPath(outDir);
        operationsDir = Path.GetFullPath(operationsDir);
        if (!File.Exists(spec))
        {
            throw new GeneratorException($"The spec '{spec}' does not exist.");
        }

        var specBytes = File.ReadAllBytes(spec);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(specBytes));
        using var document = JsonDocument.Parse(specBytes);
        var model = ModelBuilder.Build(document);
        var emitter = new Emitter(Path.GetFileName(spec), sha256);
        var files = emitter.Emit(model);
        var operations = OperationTableBuilder.Build(document);
        var operationFiles = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [Emitter.OperationsFile] = emitter.EmitOperations(operations),
        };

        if (check)
        {
            var models = Check(files, outDir, GeneratorTables.RegenerateCommand);
            var table = Check(operationFiles, operationsDir, GeneratorTables.RegenerateOperationsCommand);
            return Math.Max(models, table);
        }

        Write(files, outDir, $"{model.Classes.Count} model classes, {model.ValuesClasses.Count} values classes");
        return Write(operationFiles, operationsDir, $"{operations.Count} operations");
    }

    private static int Write(SortedDictionary<string, string> files, string outDir, string what)
    {
        Directory.CreateDirectory(outDir);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        int written = 0, deleted = 0;
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(outDir, name);
            var bytes = encoding.GetBytes(text);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                File.WriteAllBytes(path, bytes);
                written++;
            }
        }

        foreach (var stale in Stale(files, outDir))
        {
            File.Delete(Path.Combine(outDir, stale));
            deleted++;
        }

        Console.WriteLine(
            $"{what}, {files.Count} files in {outDir}: "
            + $"{written} written, {deleted} deleted, {files.Count - written} unchanged.");
        return 0;
    }

    private static int Check(SortedDictionary<string, string> files, string outDir, string regenerateCommand)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var problems = new List<string>();
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(outDir, name);
            if (!File.Exists(path))
            {
                problems.Add("missing:  " + name);
            }
            else if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(encoding.GetBytes(text)))
            {
                problems.Add("differs:  " + name);
            }
        }

        problems.AddRange(Stale(files, outDir).Select(name => "obsolete: " + name));
        if (problems.Count == 0)
        {
            Console.WriteLine($"Up to date: {files.Count} files in {outDir}.");
            return 0;
        }

        Console.Error.WriteLine($"The generated files in {outDir} are out of date:");
        foreach (var problem in problems)
        {
            Console.Error.WriteLine("  " + problem);
        }

        Console.Error.WriteLine("Regenerate from the repository root with:");
        Console.Error.WriteLine("  " + regenerateCommand);
        return 1;
    }

    private static IEnumerable<string> Stale(SortedDictionary<string, string> files, string outDir) =>
        Directory.Exists(outDir)
            ? Directory.EnumerateFiles(outDir, "*" + GeneratedSuffix)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(name => !files.ContainsKey(name))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    private static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
