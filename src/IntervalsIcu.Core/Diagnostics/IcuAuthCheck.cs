namespace IntervalsIcu.Core.Diagnostics;

/// <summary>
/// One finding of the authentication diagnosis: what was checked, the verdict, what was seen, and the
/// fix in one sentence (null when nothing needs doing). Never contains the secret.
/// </summary>
public sealed record IcuAuthCheck(string Name, IcuCheckResult Result, string Observed, string? Fix = null)
{
    public override string ToString() => Fix is null ? $"{Name}: {Result}. {Observed}" : $"{Name}: {Result}. {Observed} {Fix}";
}
