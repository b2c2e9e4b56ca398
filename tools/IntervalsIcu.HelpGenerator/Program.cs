namespace IntervalsIcu.HelpGenerator;

/// <summary>
/// Builds en-US/IntervalsIcu.PowerShell.dll-Help.xml from the compiled cmdlets and docs/en-US/*.md.
/// Exit codes: 0 written (or, with --check, up to date; with --scaffold, created); 1 --check found the
/// help out of date or a page incomplete, or help could not be built; 2 bad usage or missing input.
/// </summary>
internal static class Program
{
    public const string SolutionFile = "IntervalsIcu.PowerShell.sln";
    public const string DefaultAssembly = "out/IntervalsIcu/IntervalsIcu.PowerShell.dll";
    public const string DefaultDocs = "docs/en-US";
    public const string DefaultOut = "en-US/IntervalsIcu.PowerShell.dll-Help.xml";
    public const string ManifestFile = "IntervalsIcu.psd1";

    private const string Usage = """
        IntervalsIcu.HelpGenerator: writes the module's MAML help from the compiled cmdlets and their markdown.

        dotnet run --project tools/IntervalsIcu.HelpGenerator -- [--check] [--scaffold [<Verb-Noun>]]
                                                                  [--assembly <dll>] [--docs <dir>] [--out <file>]

          (no option)            write en-US/IntervalsIcu.PowerShell.dll-Help.xml
          --check                write nothing; exit 1 and say why when the committed help differs from
                                 what would be written, or a page is missing or incomplete
          --scaffold <Verb-Noun> create docs/en-US/<Verb-Noun>.md with every section and parameter, to be
                                 filled in; without a name, for every cmdlet that has no page
          --assembly <dll>       the compiled cmdlets (default: out/IntervalsIcu/IntervalsIcu.PowerShell.dll,
                                 which dotnet build stages; dotnet run builds it first)
          --docs <dir>           the markdown pages (default: docs/en-US)
          --out <file>           the MAML file (default: en-US/IntervalsIcu.PowerShell.dll-Help.xml)
          --sma <dll>            the PowerShell reference assembly (default: PowerShellStandard.Library's,
                                 from the NuGet package folder)
        Paths are relative to the repository root (the folder holding IntervalsIcu.PowerShell.sln).
        """;

    public static int Main(string[] args)
    {
        try
        {
            return Run(args);
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            return 2;
        }
    }

    private static int Run(string[] args)
    {
        var options = Options.Parse(args);
        if (options.Help)
        {
            Console.WriteLine(Usage);
            return 0;
        }

        var cmdlets = CmdletCatalog.Load(options.Assembly, options.Sma);
        if (options.Scaffold)
        {
            return Scaffold(cmdlets, options);
        }

        var (commands, problems) = HelpBuilder.Build(cmdlets, options.Docs);
        var maml = MamlWriter.Write(commands, OnlineHelp.UriFor(options.Manifest));
        return options.Check ? Check(maml, problems, options.Out) : Write(maml, problems, options.Out, commands.Count);
    }

    private static int Write(string maml, IReadOnlyList<string> problems, string outPath, int count)
    {
        if (problems.Count > 0)
        {
            Report("help was not written", problems);
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
        var unchanged = File.Exists(outPath) && HelpFile.SameText(File.ReadAllText(outPath), maml);
        if (!unchanged)
        {
            HelpFile.WriteText(outPath, maml);
        }

        Console.WriteLine($"{(unchanged ? "up to date" : "wrote")}: {outPath} ({count} cmdlets)");
        return 0;
    }

    private static int Check(string maml, IReadOnlyList<string> problems, string outPath)
    {
        var all = problems.ToList();
        if (!File.Exists(outPath))
        {
            all.Add($"{outPath} does not exist; run the generator without --check.");
        }
        else if (HelpFile.FirstDifference(File.ReadAllText(outPath), maml) is { } difference)
        {
            all.Add($"{outPath} is not what the generator writes from the assembly and docs (first difference: {difference}); " +
                    "run 'dotnet run --project tools/IntervalsIcu.HelpGenerator' and commit the result.");
        }

        if (all.Count > 0)
        {
            Report("help is out of date", all);
            return 1;
        }

        Console.WriteLine($"up to date: {outPath}");
        return 0;
    }

    private static int Scaffold(IReadOnlyList<CmdletMetadata> cmdlets, Options options)
    {
        var targets = options.ScaffoldName is { } name
            ? cmdlets.Where(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList()
            : cmdlets.Where(c => !File.Exists(Path.Combine(options.Docs, c.Name + ".md"))).ToList();
        if (options.ScaffoldName is not null && targets.Count == 0)
        {
            Console.Error.WriteLine($"error: {options.Assembly} has no cmdlet {options.ScaffoldName}; build first? " +
                                    $"Its cmdlets: {string.Join(", ", cmdlets.Select(c => c.Name))}.");
            return 2;
        }

        Directory.CreateDirectory(options.Docs);
        foreach (var cmdlet in targets)
        {
            var path = Path.Combine(options.Docs, cmdlet.Name + ".md");
            if (File.Exists(path))
            {
                Console.Error.WriteLine($"error: {path} exists; the scaffold never overwrites a page.");
                return 2;
            }

            HelpFile.WriteText(path, Scaffolder.Skeleton(cmdlet));
            Console.WriteLine($"created: {path} (fill in every {{{{ }}}}, then run the generator)");
        }

        if (targets.Count == 0)
        {
            Console.WriteLine("every cmdlet has a page.");
        }

        return 0;
    }

    private static void Report(string headline, IReadOnlyList<string> problems)
    {
        Console.Error.WriteLine($"error: {headline}: {problems.Count} problem(s)");
        foreach (var problem in problems)
        {
            Console.Error.WriteLine("  " + problem);
        }
    }

    private sealed class Options
    {
        public bool Help { get; private set; }

        public bool Check { get; private set; }

        public bool Scaffold { get; private set; }

        public string? ScaffoldName { get; private set; }

        public string Assembly { get; private set; } = DefaultAssembly;

        public string Docs { get; private set; } = DefaultDocs;

        public string Out { get; private set; } = DefaultOut;

        public string? Sma { get; private set; }

        public string Manifest { get; private set; } = ManifestFile;

        public static Options Parse(string[] args)
        {
            var options = new Options();
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--check":
                        options.Check = true;
                        break;
                    case "--scaffold":
                        options.Scaffold = true;
                        if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                        {
                            options.ScaffoldName = args[++i];
                        }

                        break;
                    case "--assembly":
                        options.Assembly = Value();
                        break;
                    case "--docs":
                        options.Docs = Value();
                        break;
                    case "--out":
                        options.Out = Value();
                        break;
                    case "--sma":
                        options.Sma = Value();
                        break;
                    case "-h" or "--help" or "-?":
                        options.Help = true;
                        break;
                    default:
                        throw new UsageException($"unexpected argument '{args[i]}'.");
                }
            }

            if (options.Check && options.Scaffold)
            {
                throw new UsageException("--check and --scaffold do not go together.");
            }

            var root = RepositoryRoot.Find(Directory.GetCurrentDirectory()) ?? RepositoryRoot.Find(AppContext.BaseDirectory)
                ?? throw new UsageException($"cannot find {SolutionFile} above the current directory.");
            options.Assembly = Path.GetFullPath(options.Assembly, root);
            options.Docs = Path.GetFullPath(options.Docs, root);
            options.Out = Path.GetFullPath(options.Out, root);
            options.Manifest = Path.GetFullPath(options.Manifest, root);
            options.Sma = options.Sma is null ? null : Path.GetFullPath(options.Sma, root);
            return options;
        }
    }

    private sealed class UsageException(string message) : Exception(message);
}
