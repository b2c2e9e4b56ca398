using System.Text;

namespace IntervalsIcu.Core.Http;

/// <summary>
/// One API call: method, path under the site root, query, and a body factory (a retry needs a fresh
/// body). The path and query never carry a credential, so they are safe to show in messages.
/// </summary>
public sealed record IcuRequest(HttpMethod Method, string Path)
{
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];

    public Func<HttpContent>? Content { get; init; }

    /// <summary>
    /// Overrides the method's rule for retries: true for a POST whose repetition cannot duplicate
    /// anything (a bulk upsert where every item has an external_id), false never retries.
    /// </summary>
    public bool? SafeToRetry { get; init; }

    /// <summary><c>/api/v1/</c> followed by the escaped segments, e.g. ("athlete", "0", "profile").</summary>
    public static string ApiPath(params string[] segments) =>
        "/api/v1/" + string.Join('/', segments.Select(Uri.EscapeDataString));

    public static IcuRequest Get(string path, params (string Name, string Value)[] query) =>
        new(HttpMethod.Get, path) { Query = query.Select(q => KeyValuePair.Create(q.Name, q.Value)).ToList() };

    /// <summary>Path and query as sent, for messages and logs.</summary>
    public string PathAndQuery
    {
        get
        {
            if (Query.Count == 0)
            {
                return Path;
            }

            var builder = new StringBuilder(Path).Append('?');
            for (var i = 0; i < Query.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append('&');
                }

                builder.Append(Uri.EscapeDataString(Query[i].Key)).Append('=').Append(Uri.EscapeDataString(Query[i].Value));
            }

            return builder.ToString();
        }
    }
}
