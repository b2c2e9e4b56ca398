namespace IntervalsIcu.Core.Auth;

/// <summary>
/// One finding about a credential. <see cref="IsProblem"/> false means it was fixed and only deserves a
/// warning. The message never contains the secret.
/// </summary>
public sealed record CredentialIssue(CredentialIssueKind Kind, bool IsProblem, string Message, string Fix);
