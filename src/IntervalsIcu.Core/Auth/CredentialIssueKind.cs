namespace IntervalsIcu.Core.Auth;

/// <summary>What was wrong with a pasted key or token (api-forum-facts §1).</summary>
public enum CredentialIssueKind
{
    // Fixed on the fly, with a warning.
    SurroundingWhitespace,
    SurroundingNewline,
    SurroundingQuotes,
    PastedUserPasswordPair,
    PastedBasicHeader,
    PastedBearerHeader,
    SwappedUserNameAndPassword,
    UserNameIgnored,

    // Cannot be right whatever the server says.
    Empty,
    InnerWhitespace,
    LooksLikeAthleteId,
    LooksLikeEmailAddress,
    IsLiteralUserName,
    MalformedBasicHeader,
    NonAscii,
}
