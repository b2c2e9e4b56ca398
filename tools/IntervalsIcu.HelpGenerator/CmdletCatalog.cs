using System.Reflection;
using System.Runtime.InteropServices;

namespace IntervalsIcu.HelpGenerator;

/// <summary>What a cmdlet declares through its attributes: name, parameter sets, parameters and outputs.</summary>
public sealed record CmdletMetadata(
    string Name,
    string Verb,
    string Noun,
    string ClassName,
    string? DefaultParameterSetName,
    bool SupportsShouldProcess,
    string ConfirmImpact,
    IReadOnlyList<OutputTypeMetadata> OutputTypes,
    IReadOnlyList<ParameterMetadata> Parameters)
{
    /// <summary>The parameter sets in the order Get-Help shows them: the default first.</summary>
    public IReadOnlyList<string> ParameterSets
    {
        get
        {
            var named = Parameters.SelectMany(p => p.Bindings).Select(b => b.SetName)
                .Where(s => s != ParameterBinding.AllSets).Distinct(StringComparer.Ordinal).ToList();
            if (DefaultParameterSetName is { } preferred && (named.Count > 0 || preferred != ParameterBinding.AllSets))
            {
                named.Remove(preferred);
                named.Insert(0, preferred);
            }

            return named.Count == 0 ? [ParameterBinding.AllSets] : named;
        }
    }

    /// <summary>
    /// The parameters of one set, ordered as PowerShell's own syntax shows them: positional ones by
    /// position, then the named ones as declared. Each comes with its binding in that set.
    /// </summary>
    public IReadOnlyList<(ParameterMetadata Parameter, ParameterBinding Binding)> ParametersOf(string set)
    {
        var inSet = Parameters
            .Select(p => (Parameter: p, Binding: p.BindingIn(set)))
            .Where(x => x.Binding is not null)
            .Select(x => (x.Parameter, Binding: x.Binding!))
            .ToList();
        var positional = inSet.Where(x => x.Binding.Position is not null).OrderBy(x => x.Binding.Position);
        var named = inSet.Where(x => x.Binding.Position is null);
        return [.. positional, .. named];
    }
}

/// <summary>One [OutputType]: the type's full name ("System.Void" for none) and the sets it is for (empty: all).</summary>
public sealed record OutputTypeMetadata(string TypeName, IReadOnlyList<string> ParameterSets);

/// <summary>
/// A cmdlet parameter. <see cref="TypeName"/> is the full name (System.String[]), <see cref="DisplayType"/>
/// the short one Get-Help shows (String[]). WhatIf and Confirm are listed when the cmdlet supports
/// ShouldProcess, as PowerShell adds them.
/// </summary>
public sealed record ParameterMetadata(
    string Name,
    string TypeName,
    string DisplayType,
    bool IsSwitch,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ParameterBinding> Bindings)
{
    public ParameterBinding? BindingIn(string set) =>
        Bindings.FirstOrDefault(b => b.SetName == set) ?? Bindings.FirstOrDefault(b => b.SetName == ParameterBinding.AllSets);

    public bool AcceptsPipelineInput => Bindings.Any(b => b.ByValue || b.ByPropertyName);
}

/// <summary>One [Parameter] attribute: the set it applies to and how the parameter binds there.</summary>
public sealed record ParameterBinding(string SetName, bool Mandatory, int? Position, bool ByValue, bool ByPropertyName)
{
    public const string AllSets = "__AllParameterSets";

    /// <summary>Get-Help's wording: False, True (ByValue), True (ByPropertyName) or True (ByPropertyName, ByValue).</summary>
    public static string PipelineText(bool byValue, bool byPropertyName) => (byValue, byPropertyName) switch
    {
        (false, false) => "False",
        (true, false) => "True (ByValue)",
        (false, true) => "True (ByPropertyName)",
        _ => "True (ByPropertyName, ByValue)",
    };
}

/// <summary>
/// Reads the cmdlets of a compiled module assembly as metadata only (System.Reflection.MetadataLoadContext):
/// nothing is loaded for execution, so no PowerShell is needed, and the PowerShell reference assembly the
/// module was compiled against (a stub that cannot run) is enough to resolve the attributes.
/// </summary>
public static class CmdletCatalog
{
    private const string Sma = "System.Management.Automation.";

    /// <summary>The PowerShellStandard reference assembly the tool was built beside (from the NuGet package folder).</summary>
    public static string DefaultSmaReferencePath =>
        typeof(CmdletCatalog).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SmaReferenceAssembly")?.Value
        ?? throw new InvalidOperationException("The tool was built without the SmaReferenceAssembly metadata.");

    /// <summary>The cmdlets of <paramref name="assemblyPath"/>, sorted by name.</summary>
    public static IReadOnlyList<CmdletMetadata> Load(string assemblyPath, string? smaReferencePath = null)
    {
        assemblyPath = Path.GetFullPath(assemblyPath);
        smaReferencePath ??= DefaultSmaReferencePath;
        if (!File.Exists(assemblyPath))
        {
            throw new FileNotFoundException($"The module assembly '{assemblyPath}' does not exist; build the solution first.", assemblyPath);
        }

        if (!File.Exists(smaReferencePath))
        {
            throw new FileNotFoundException($"The PowerShell reference assembly '{smaReferencePath}' does not exist; run dotnet restore.", smaReferencePath);
        }

        var searchPaths = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            .Concat(Directory.GetFiles(Path.GetDirectoryName(assemblyPath)!, "*.dll"))
            .Append(smaReferencePath)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Last());
        using var context = new MetadataLoadContext(new PathAssemblyResolver(searchPaths));
        var assembly = context.LoadFromAssemblyPath(assemblyPath);
        return [.. assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .Select(Read)
            .OfType<CmdletMetadata>()
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
    }

    private static CmdletMetadata? Read(Type type)
    {
        var cmdlet = Attributes(type.GetCustomAttributesData(), "CmdletAttribute").FirstOrDefault();
        if (cmdlet is null)
        {
            return null;
        }

        var verb = (string)cmdlet.ConstructorArguments[0].Value!;
        var noun = (string)cmdlet.ConstructorArguments[1].Value!;
        var supportsShouldProcess = Named(cmdlet, "SupportsShouldProcess") is true;
        var impact = Named(cmdlet, "ConfirmImpact") is int value ? ((string[])["None", "Low", "Medium", "High"])[value] : "Medium";
        var outputs = Attributes(type.GetCustomAttributesData(), "OutputTypeAttribute").SelectMany(ReadOutputType).ToList();

        var parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(ReadParameter)
            .OfType<ParameterMetadata>()
            .ToList();
        if (supportsShouldProcess)
        {
            parameters.Add(CommonSwitch("WhatIf", "wi"));
            parameters.Add(CommonSwitch("Confirm", "cf"));
        }

        return new CmdletMetadata(
            $"{verb}-{noun}", verb, noun, type.FullName!, Named(cmdlet, "DefaultParameterSetName") as string,
            supportsShouldProcess, impact, outputs, parameters);
    }

    private static IEnumerable<OutputTypeMetadata> ReadOutputType(CustomAttributeData attribute)
    {
        var sets = Named(attribute, "ParameterSetName") is IEnumerable<CustomAttributeTypedArgument> names
            ? names.Select(n => (string)n.Value!).ToList()
            : [];
        foreach (var argument in (IEnumerable<CustomAttributeTypedArgument>)attribute.ConstructorArguments[0].Value!)
        {
            var name = argument.Value is Type outputType ? outputType.FullName! : (string)argument.Value!;
            yield return new OutputTypeMetadata(name, sets);
        }
    }

    private static ParameterMetadata? ReadParameter(PropertyInfo property)
    {
        var data = property.GetCustomAttributesData();
        var bindings = Attributes(data, "ParameterAttribute")
            .Select(a => new ParameterBinding(
                Named(a, "ParameterSetName") as string ?? ParameterBinding.AllSets,
                Named(a, "Mandatory") is true,
                Named(a, "Position") is int position and >= 0 ? position : null,
                Named(a, "ValueFromPipeline") is true,
                Named(a, "ValueFromPipelineByPropertyName") is true))
            .ToList();
        if (bindings.Count == 0)
        {
            return null;
        }

        var aliases = Attributes(data, "AliasAttribute")
            .SelectMany(a => a.ConstructorArguments)
            .SelectMany(arg => arg.Value is IEnumerable<CustomAttributeTypedArgument> many ? many.Select(m => (string)m.Value!) : [(string)arg.Value!])
            .ToList();
        var type = property.PropertyType;
        return new ParameterMetadata(
            property.Name, TypeNames.Full(type), TypeNames.Short(type), type.FullName == Sma + "SwitchParameter", aliases, bindings);
    }

    private static ParameterMetadata CommonSwitch(string name, string alias) =>
        new(name, Sma + "SwitchParameter", "SwitchParameter", IsSwitch: true, [alias],
            [new ParameterBinding(ParameterBinding.AllSets, Mandatory: false, Position: null, ByValue: false, ByPropertyName: false)]);

    private static IEnumerable<CustomAttributeData> Attributes(IEnumerable<CustomAttributeData> data, string name) =>
        data.Where(a => a.AttributeType.FullName == Sma + name);

    private static object? Named(CustomAttributeData attribute, string name) =>
        attribute.NamedArguments.Where(n => n.MemberName == name).Select(n => n.TypedValue.Value).FirstOrDefault();
}

/// <summary>Type names as Get-Help shows them: Nullable&lt;T&gt; as T, generics without the backtick arity.</summary>
public static class TypeNames
{
    public static string Full(Type type) => Render(type, t => t.Namespace is { Length: > 0 } ns ? $"{ns}.{t.Name}" : t.Name);

    public static string Short(Type type) => Render(type, t => t.Name);

    private static string Render(Type type, Func<Type, string> name)
    {
        if (type.IsArray)
        {
            return Render(type.GetElementType()!, name) + "[]";
        }

        if (!type.IsGenericType)
        {
            return name(type);
        }

        var arguments = type.GetGenericArguments();
        if (type.GetGenericTypeDefinition().FullName == "System.Nullable`1")
        {
            return Render(arguments[0], name);
        }

        var bare = name(type);
        bare = bare[..bare.IndexOf('`', StringComparison.Ordinal)];
        return $"{bare}[{string.Join(",", arguments.Select(a => Render(a, name)))}]";
    }
}
