namespace IntervalsIcu.Core.Sessions;

/// <summary>Where a session's credential came from, shown by Get-IcuSession and used by diagnostics.</summary>
public enum IcuCredentialSource
{
    ApiKey,
    Credential,
    AccessToken,
    EnvironmentVariable,
    Prompt,
}
