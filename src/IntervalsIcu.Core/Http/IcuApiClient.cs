using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntervalsIcu.Core.Auth;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Http;

/// <summary>
/// The HTTP pipeline of one session: one HttpClient, the credential added at send time, a throttle
/// under the server's limit, retries of idempotent calls with backoff, and every failure turned into
/// a typed <see cref="IcuException"/>. Redirects are not followed: a redirect would drop or leak the
/// Authorization header, and it always means the base URI is not the canonical one.
/// </summary>
public sealed class IcuApiClient : IDisposable
{
    private readonly HttpClient http;
    private readonly RequestThrottle throttle;
    private readonly Random jitter = new();
    private volatile bool disposed;

    public IcuApiClient(Uri baseUri, IcuCredential credential, IcuClientOptions? options = null, HttpMessageHandler? handler = null)
    {
        BaseUri = baseUri;
        Credential = credential;
        Options = options ?? new IcuClientOptions();
        throttle = RequestThrottle.For(baseUri);
        http = new HttpClient(handler ?? CreateDefaultHandler(baseUri, Options.Proxy), disposeHandler: true)
        {
            BaseAddress = baseUri,
            Timeout = Timeout.InfiniteTimeSpan, // per attempt and overall instead, see SendAsync
        };
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("IntervalsIcu-PowerShell", ModuleVersion));
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
    }

    public static string ModuleVersion { get; } =
        typeof(IcuApiClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public Uri BaseUri { get; }

    public IcuCredential Credential { get; }

    public IcuClientOptions Options { get; }

    /// <summary>True once the session was closed (Disconnect-Icu): every request then fails as not connected.</summary>
    public bool IsDisposed => disposed;

    /// <summary>
    /// Sends the request and returns the successful response (the caller disposes it), or throws the
    /// typed failure. The whole exchange is bounded: each attempt by <see cref="IcuClientOptions.AttemptTimeout"/>,
    /// all attempts and waits together by <see cref="IcuRetryOptions.TotalTimeCap"/>, and every read of
    /// the body by the idle timeout and what is left of the cap.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(IcuRequest request, IIcuLog log, CancellationToken cancellationToken, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(log);
        var idempotent = request.SafeToRetry ?? RetryPolicy.IsIdempotent(request.Method);
        var cap = Options.Retry.TotalTimeCap;
        var started = Stopwatch.StartNew();
        var mayHaveLanded = false;
        var rateLimited = 0;
        IcuApiException? previous = null;
        for (var attempt = 1; ; attempt++)
        {
            ThrowIfClosed(); // Disconnect-Icu in another runspace while this request waited to retry
            IcuApiException failure;
            TimeSpan? retryAfter = null;
            try
            {
                var response = await SendOnceAsync(request, log, completion, cap, started, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return response;
                }

                using (response)
                {
                    if (mayHaveLanded && request.Method == HttpMethod.Delete && response.StatusCode == HttpStatusCode.NotFound)
                    {
                        // The earlier attempt's answer was lost, but the deletion it asked for happened.
                        log.Verbose(string.Format(CultureInfo.InvariantCulture, Messages.LogDeleteAlreadyDone, request.Path));
                        return new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = response.RequestMessage };
                    }

                    retryAfter = RetryPolicy.ReadRetryAfter(response.Headers.RetryAfter, DateTimeOffset.UtcNow);
                    failure = FailureMapper.FromResponse(
                        request.Method, request.PathAndQuery, response.StatusCode,
                        Credential.Redact(await ReadBodySafelyAsync(response, cancellationToken).ConfigureAwait(false)),
                        retryAfter, Credential.Scheme);
                    if (!RetryPolicy.IsRetryableStatus(response.StatusCode))
                    {
                        throw failure;
                    }
                }
            }
            catch (IcuNetworkException network) when (network.Kind == IcuNetworkFailure.Timeout && started.Elapsed >= cap && previous is not null)
            {
                // A retry cut short by the overall limit: what the server last said is the real story.
                throw previous is IcuRateLimitedException rateLimit ? RateLimitedToTheEnd(rateLimit, rateLimited, started.Elapsed) : previous;
            }
            catch (IcuNetworkException network) when (FailureMapper.IsTransient(network.Kind))
            {
                failure = network;
                mayHaveLanded = true;
            }
            catch (ObjectDisposedException) when (disposed)
            {
                throw IcuNotConnectedException.SessionClosed();
            }

            previous = failure;

            // A 429 was refused before anything was processed, so any method may try again, for as long as the cap allows.
            var isRateLimit = failure is IcuRateLimitedException;
            rateLimited += isRateLimit ? 1 : 0;
            if (!isRateLimit && (!idempotent || attempt >= Options.Retry.MaxAttempts))
            {
                throw failure;
            }

            var delay = RetryPolicy.ComputeDelay(isRateLimit ? rateLimited : attempt, retryAfter, Options.Retry, jitter);
            if (started.Elapsed + delay >= cap)
            {
                throw isRateLimit ? RateLimitedToTheEnd((IcuRateLimitedException)failure, rateLimited, started.Elapsed) : failure;
            }

            log.Verbose(string.Format(
                CultureInfo.InvariantCulture, Messages.LogRetry,
                failure.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? failure.Message, request.Method, request.Path,
                attempt, isRateLimit ? "-" : (Options.Retry.MaxAttempts - 1).ToString(CultureInfo.InvariantCulture), delay.TotalSeconds));
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// GETs a body and hands it to <paramref name="read"/> (a download written to a file); when the
    /// connection drops or stalls mid-body, the whole exchange is tried again within the retry limits.
    /// </summary>
    public async Task<T> ReadWithRetryAsync<T>(IcuRequest request, Func<HttpResponseMessage, Task<T>> read, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var started = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            using var response = await SendAsync(request, log, cancellationToken, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            try
            {
                return await read(response).ConfigureAwait(false);
            }
            catch (IcuNetworkException network) when (FailureMapper.IsTransient(network.Kind)
                && attempt < Options.Retry.MaxAttempts && started.Elapsed < Options.Retry.TotalTimeCap)
            {
                log.Verbose(string.Format(
                    CultureInfo.InvariantCulture, Messages.LogRetry, network.Message, request.Method, request.Path,
                    attempt, Options.Retry.MaxAttempts - 1, 0));
            }
        }
    }

    /// <summary>GET and deserialize one JSON value.</summary>
    public async Task<T> GetJsonAsync<T>(IcuRequest request, JsonTypeInfo<T> typeInfo, IIcuLog log, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, log, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            throw EmptyBody(request, response.StatusCode);
        }

        try
        {
            using var watch = IcuSecretFields.WatchFor(Credential.IsEchoedIn);
            var value = JsonSerializer.Deserialize(bytes, typeInfo);
            return value ?? throw MalformedBody(request, null);
        }
        catch (JsonException exception)
        {
            throw MalformedBody(request, exception);
        }
    }

    /// <summary>
    /// GET a JSON array and yield its items as they are read, so the first object reaches the caller
    /// before the whole response has arrived (the API's lists are bare arrays). The serializer's own
    /// streaming, for types without an item reader of their own.
    /// </summary>
    public IAsyncEnumerable<T> StreamJsonArrayAsync<T>(IcuRequest request, JsonTypeInfo<T> typeInfo, IIcuLog log, CancellationToken cancellationToken) =>
        StreamJsonArrayAsync(request, (stream, token) => JsonSerializer.DeserializeAsyncEnumerable(stream, typeInfo, token), log, cancellationToken);

    /// <summary>
    /// The same, each item read by <paramref name="readItem"/> straight from the body's bytes in one pass
    /// (see <see cref="JsonArrayStream"/>).
    /// </summary>
    public IAsyncEnumerable<T> StreamJsonArrayAsync<T>(IcuRequest request, JsonItemReader<T> readItem, IIcuLog log, CancellationToken cancellationToken) =>
        StreamJsonArrayAsync(request, (stream, token) => JsonArrayStream.ReadAsync(stream, readItem, token), log, cancellationToken);

    /// <summary>
    /// What both decoders share: the response streamed and disposed, each decode step watching for the
    /// session's echoed secret (an AsyncLocal, so set around the step, never across a yield to the
    /// caller), a malformed body turned into the typed failure, null items skipped.
    /// </summary>
    private async IAsyncEnumerable<T> StreamJsonArrayAsync<T>(
        IcuRequest request, Func<Stream, CancellationToken, IAsyncEnumerable<T?>> decode, IIcuLog log, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, log, cancellationToken, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var items = decode(stream, cancellationToken);
            await using var enumerator = items.GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                T? item;
                try
                {
                    using var watch = IcuSecretFields.WatchFor(Credential.IsEchoedIn);
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }

                    item = enumerator.Current;
                }
                catch (JsonException exception)
                {
                    throw MalformedBody(request, exception);
                }

                if (item is not null)
                {
                    yield return item;
                }
            }
        }
    }

    public void Dispose()
    {
        disposed = true;
        http.Dispose();
    }

    /// <summary>Loopback never goes through a proxy: plain http to the emulator would show the credential to it.</summary>
    private static SocketsHttpHandler CreateDefaultHandler(Uri baseUri, IWebProxy? proxy) => new()
    {
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(20),
        UseProxy = !baseUri.IsLoopback, // elsewhere the system proxy (HTTPS_PROXY and the OS settings), as a user expects
        Proxy = baseUri.IsLoopback ? null : proxy,
    };


    private void ThrowIfClosed()
    {
        if (disposed)
        {
            throw IcuNotConnectedException.SessionClosed();
        }
    }

    private static IcuRateLimitedException RateLimitedToTheEnd(IcuRateLimitedException last, int attempts, TimeSpan elapsed) =>
        new(
            last.Failure with { Cause = null },
            string.Format(CultureInfo.InvariantCulture, Messages.Fix429Exhausted, attempts, Math.Round(elapsed.TotalSeconds)),
            last.RetryAfter);

    private static async Task<string?> ReadBodySafelyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return null;
        }
    }

    private static IcuUnexpectedResponseException EmptyBody(IcuRequest request, HttpStatusCode status) =>
        new(
            new IcuRequestFailure(request.Method.Method, request.PathAndQuery, (int)status, null, string.Format(CultureInfo.InvariantCulture, Messages.CauseEmptyBody, (int)status)),
            Messages.FixEmptyBody);

    internal static IcuUnexpectedResponseException MalformedBody(IcuRequest request, JsonException? exception) =>
        new(new IcuRequestFailure(request.Method.Method, request.PathAndQuery, 200, null, Messages.CauseMalformedJson), Messages.FixMalformedJson, exception);

    private async Task<HttpResponseMessage> SendOnceAsync(
        IcuRequest request, IIcuLog log, HttpCompletionOption completion, TimeSpan cap, Stopwatch started, CancellationToken cancellationToken)
    {
        await throttle.WaitAsync(Options.MaxRequestsPerSecond, Options.Burst, cancellationToken).ConfigureAwait(false);
        var left = cap - started.Elapsed;
        var overall = left <= Options.AttemptTimeout;
        using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attemptTimeout.CancelAfter(overall ? (left > TimeSpan.Zero ? left : TimeSpan.Zero) : Options.AttemptTimeout);
        using var message = new HttpRequestMessage(request.Method, request.PathAndQuery);
        message.Headers.Authorization = Credential.CreateAuthorizationHeader();
        message.Content = request.Content?.Invoke();
        log.Debug(string.Format(CultureInfo.InvariantCulture, Messages.LogRequest, request.Method, request.PathAndQuery, Credential.Scheme, Credential.Fingerprint));
        var clock = Stopwatch.StartNew();
        try
        {
            var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attemptTimeout.Token).ConfigureAwait(false);
            log.Verbose(string.Format(CultureInfo.InvariantCulture, Messages.LogResponse, request.Method, request.PathAndQuery, (int)response.StatusCode, clock.ElapsedMilliseconds));
            try
            {
                await PaceBodyAsync(request, response, cap, started, attemptTimeout.Token).ConfigureAwait(false);
                if (completion == HttpCompletionOption.ResponseContentRead || !response.IsSuccessStatusCode)
                {
                    await BufferBodyAsync(response, attemptTimeout.Token).ConfigureAwait(false);
                }
            }
            catch
            {
                response.Dispose();
                throw;
            }

            return response;
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw FailureMapper.FromException(request.Method, request.PathAndQuery, exception, timedOut: true, overall ? OverallTimeoutCause(cap) : null);
        }
        catch (HttpRequestException exception)
        {
            throw FailureMapper.FromException(request.Method, request.PathAndQuery, exception, timedOut: false);
        }
    }

    /// <summary>Replaces the body with one whose reads cannot hang (see <see cref="ServerPacedStream"/>).</summary>
    private async Task PaceBodyAsync(IcuRequest request, HttpResponseMessage response, TimeSpan cap, Stopwatch started, CancellationToken cancellationToken)
    {
        var original = response.Content;
        var body = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var paced = new ServerPacedStream(
            body, original, Options.BodyIdleTimeout, cap - started.Elapsed,
            (transport, overallLimit) => transport is not null
                ? FailureMapper.FromException(request.Method, request.PathAndQuery, transport, timedOut: false)
                : FailureMapper.FromException(
                    request.Method, request.PathAndQuery, new TimeoutException(), timedOut: true,
                    overallLimit ? OverallTimeoutCause(cap) : string.Format(CultureInfo.InvariantCulture, Messages.CauseBodyStalled, Options.BodyIdleTimeout.TotalSeconds)));
        response.Content = WithHeadersOf(original, new StreamContent(paced));
    }

    /// <summary>Reads the whole (paced) body now, inside the attempt, so a stall is retried like any timeout.</summary>
    private static async Task BufferBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var paced = response.Content;
        var bytes = await paced.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        response.Content = WithHeadersOf(paced, new ByteArrayContent(bytes));
        paced.Dispose();
    }

    private static HttpContent WithHeadersOf(HttpContent original, HttpContent replacement)
    {
        foreach (var header in original.Headers)
        {
            if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                replacement.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return replacement;
    }

    private static string OverallTimeoutCause(TimeSpan cap) =>
        string.Format(CultureInfo.InvariantCulture, Messages.CauseOverallTimeout, Math.Round(cap.TotalSeconds));
}
