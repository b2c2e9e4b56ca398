namespace IntervalsIcu.HelpGenerator;

/// <summary>The text of one cmdlet's help, as written in docs/en-US/&lt;Verb-Noun&gt;.md.</summary>
public sealed class HelpDocument
{
    public required string CommandName { get; init; }

    public required string SourcePath { get; init; }

    public List<string> Synopsis { get; } = [];

    public List<string> Description { get; } = [];

    public List<HelpExample> Examples { get; } = [];

    /// <summary>In the order written; the MAML lists the parameters in this order.</summary>
    public List<HelpParameter> Parameters { get; } = [];

    public List<HelpTypeEntry> Inputs { get; } = [];

    public List<HelpTypeEntry> Outputs { get; } = [];

    public List<string> Notes { get; } = [];

    public List<HelpLink> RelatedLinks { get; } = [];

    /// <summary>What is wrong with the file itself (structure, placeholders), each prefixed with path and line.</summary>
    public List<string> Problems { get; } = [];
}

/// <summary>"### Example 1: Title", a powershell fence, an optional output fence, then the explanation.</summary>
public sealed record HelpExample(string Title, string Code, string? Output, IReadOnlyList<string> Remarks);

/// <summary>"### -Name", the description, and an optional "Default value: ..." line.</summary>
public sealed record HelpParameter(string Name, IReadOnlyList<string> Description, string? DefaultValue, int Line);

/// <summary>"### Type.Full.Name" (or "### None") and what it means for this cmdlet.</summary>
public sealed record HelpTypeEntry(string TypeName, IReadOnlyList<string> Description);

/// <summary>A related link: "- [text](target)" or "- text". Only http(s) targets become a MAML uri.</summary>
public sealed record HelpLink(string Text, string? Uri);
