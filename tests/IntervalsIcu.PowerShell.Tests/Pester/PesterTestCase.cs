using Xunit.Abstractions;

namespace IntervalsIcu.PowerShell.Tests.Pester;

/// <summary>
/// One Pester test as discovery knows it: its file, its path of block and test names as written (templates
/// unexpanded), and its ordinal among the data-driven tests that share that path. Serializable, so that
/// each Pester test is its own xunit result with its own name.
/// </summary>
public sealed class PesterTestCase : IXunitSerializable
{
    public PesterTestCase()
    {
    }

    public PesterTestCase(string file, string path, int ordinal, string name)
    {
        File = file;
        Path = path;
        Ordinal = ordinal;
        Name = name;
    }

    public string File { get; private set; } = "";

    public string Path { get; private set; } = "";

    public int Ordinal { get; private set; }

    /// <summary>The names with the test's data filled in, as Pester prints them.</summary>
    public string Name { get; private set; } = "";

    public PesterTestKey Key => new(File, Path, Ordinal);

    public void Deserialize(IXunitSerializationInfo info)
    {
        File = info.GetValue<string>(nameof(File));
        Path = info.GetValue<string>(nameof(Path));
        Ordinal = info.GetValue<int>(nameof(Ordinal));
        Name = info.GetValue<string>(nameof(Name));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(File), File);
        info.AddValue(nameof(Path), Path);
        info.AddValue(nameof(Ordinal), Ordinal);
        info.AddValue(nameof(Name), Name);
    }

    /// <summary>What the test runner shows: "Connect-Icu.Tests.ps1: Connect-Icu > refusals > ...".</summary>
    public override string ToString() => $"{System.IO.Path.GetFileName(File)}: {Name}";
}
