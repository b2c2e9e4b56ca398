using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Requests;

/// <summary>
/// Sends a prepared request through the session's client (auth header, throttle, retries of idempotent
/// calls only, typed errors, log lines) and reads the answer: a JSON array element by element as it
/// arrives, any other JSON value whole, text as a string, and any body to <c>OutFile</c> when asked.
/// Credential fields (<c>icu_api_key</c>, ...) are removed from JSON at any depth, -Raw text included.
/// </summary>
public static class IcuRequestInvoker
{
    private const int JsonSniffLimit = 4096;

    /// <summary>Yields <see cref="JsonElement"/>s (JSON), strings (text, or -Raw) or one <see cref="FileInfo"/> (OutFile).</summary>
    public static async IAsyncEnumerable<object> InvokeAsync(
        IcuSession session, IcuPreparedRequest prepared, bool raw, IIcuLog log, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(prepared);
        var request = prepared.Request;
        using var response = await session.Client.SendAsync(request, log, cancellationToken, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            if (prepared.OutFile is { } outFile)
            {
                yield return await SaveAsync(stream, outFile, log, cancellationToken).ConfigureAwait(false);
                yield break;
            }

            var (first, body) = await SniffAsync(stream, cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                var isJson = first is (byte)'{' or (byte)'[' && (mediaType is null || mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) || mediaType == "*/*");
                if (first is null)
                {
                    yield break;
                }

                if (!isJson)
                {
                    if (prepared.Operation.Response == IcuResponseKind.Binary || IsBinary(mediaType))
                    {
                        throw IcuRequestException.OutFileRequired(prepared.Operation);
                    }

                    yield return await ReadTextAsync(body, cancellationToken).ConfigureAwait(false);
                    yield break;
                }

                if (raw)
                {
                    yield return await ReadRawJsonAsync(request, body, cancellationToken).ConfigureAwait(false);
                    yield break;
                }

                if (first == (byte)'[')
                {
                    await foreach (var item in ReadArrayAsync(request, body, cancellationToken).ConfigureAwait(false))
                    {
                        yield return item;
                    }

                    yield break;
                }

                yield return await ReadValueAsync(request, body, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsBinary(string? mediaType) =>
        mediaType is not null
        && !mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        && !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase)
        && !mediaType.Contains("xml", StringComparison.OrdinalIgnoreCase)
        && !mediaType.Contains("csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first byte that is not white space (null for an empty body), and a stream that still starts at the beginning.</summary>
    private static async Task<(byte? First, Stream Body)> SniffAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[JsonSniffLimit];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length, 1), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length++;
            if (buffer[length - 1] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
            {
                return (buffer[length - 1], new PrefixedStream(buffer.AsMemory(0, length), stream));
            }
        }

        return (length == 0 ? null : buffer[length - 1], new PrefixedStream(buffer.AsMemory(0, length), stream));
    }

    private static async IAsyncEnumerable<object> ReadArrayAsync(IcuRequest request, Stream body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var items = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(body, cancellationToken: cancellationToken);
        await using var enumerator = items.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            JsonElement item;
            try
            {
                if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }

                item = enumerator.Current;
            }
            catch (JsonException exception)
            {
                throw IcuApiClient.MalformedBody(request, exception);
            }
            catch (IOException exception)
            {
                throw FailureMapper.FromException(request.Method, request.PathAndQuery, exception, timedOut: false);
            }

            yield return IcuSecretFields.RemoveFrom(item)!.Value;
        }
    }

    private static async Task<object> ReadValueAsync(IcuRequest request, Stream body, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
            return IcuSecretFields.RemoveFrom(document.RootElement.Clone())!.Value;
        }
        catch (JsonException exception)
        {
            throw IcuApiClient.MalformedBody(request, exception);
        }
    }

    private static async Task<string> ReadRawJsonAsync(IcuRequest request, Stream body, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(body, cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(text);
            var scrubbed = IcuSecretFields.RemoveFrom(document.RootElement)!.Value;
            // Unchanged text when nothing was removed: -Raw is the server's JSON as it came.
            return scrubbed.Equals(document.RootElement) ? text : scrubbed.GetRawText();
        }
        catch (JsonException exception)
        {
            throw IcuApiClient.MalformedBody(request, exception);
        }
    }

    private static async Task<string> ReadTextAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Written to a temporary file beside the target and moved over it at the end, so a failed download leaves no half file.</summary>
    private static async Task<FileInfo> SaveAsync(Stream body, string outFile, IIcuLog log, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(outFile);
        var partial = path + ".partial";
        long length;
        var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await using (output.ConfigureAwait(false))
        {
            try
            {
                await body.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await output.DisposeAsync().ConfigureAwait(false);
                File.Delete(partial);
                throw;
            }

            length = output.Length;
        }

        File.Move(partial, path, overwrite: true);
        log.Verbose(string.Format(CultureInfo.InvariantCulture, RequestMessages.LogSavedTo, length, path));
        return new FileInfo(path);
    }
}
