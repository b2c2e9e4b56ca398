namespace IntervalsIcu.Emulator.Faults;

/// <summary>The forms in which a hostile server or a broken proxy has been seen to echo a credential back.</summary>
public enum CredentialEchoShape
{
    /// <summary><c>{"status":…,"error":"bad key &lt;key&gt;"}</c>: the key alone, as decoded from Basic or taken from Bearer.</summary>
    JsonRawKey,

    /// <summary><c>{"status":…,"error":"…","message":"API_KEY:&lt;key&gt;"}</c>: the decoded Basic pair.</summary>
    JsonPair,

    /// <summary>Plain text holding the whole Authorization header value (<c>Basic &lt;base64&gt;</c> or <c>Bearer &lt;token&gt;</c>).</summary>
    TextHeader,

    /// <summary>Plain text holding only the base64 of the Basic pair.</summary>
    TextBase64,

    /// <summary>An HTML page whose title holds the decoded key.</summary>
    HtmlTitle,
}
