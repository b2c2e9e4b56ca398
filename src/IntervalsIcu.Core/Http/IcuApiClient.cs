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
using IntervalsIcu.Core.Logging;
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

    public IcuApiClient(Uri baseUri, IcuCredential credential, IcuClientOptions? options = null, HttpMessageHandler? handler = null)
    {
        BaseUri = baseUri;
        Credential = credential;
        Options = options ?? new IcuClientOptions();
        throttle = new RequestThrottle(Options.MaxRequestsPerSecond);
        http = new HttpClient(handler ?? CreateDefaultHandler(), disposeHandler: true)
        {
            BaseAddress = baseUri,
            Timeout = Timeout.InfiniteTimeSpan, // per attempt instead, see SendOnceAsync
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

    /// <summary>Sends the request and returns the successful response (the caller disposes it), or throws the typed failure.</summary>
    public async Task<HttpResponseMessage> SendAsync(IcuRequest request, IIcuLog log, CancellationToken cancellationToken, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var idempotent = RetryPolicy.IsIdempotent(request.Method);
        var started = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            IcuApiException failure;
            TimeSpan? retryAfter = null;
            try
            {
                var response = await SendOnceAsync(request, log, completion, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return response;
                }

                using (response)
                {
                    retryAfter = RetryPolicy.ReadRetryAfter(response.Headers.RetryAfter, DateTimeOffset.UtcNow);
                    failure = FailureMapper.FromResponse(
                        request.Method, request.PathAndQuery, response.StatusCode, await ReadBodySafelyAsync(response, cancellationToken).ConfigureAwait(false),
                        response.Headers.Location, retryAfter);
                    if (!RetryPolicy.IsRetryableStatus(response.StatusCode))
                    {
                        throw failure;
                    }
                }
            }
            catch (IcuNetworkException network) when (FailureMapper.IsTransient(network.Kind))
            {
                failure = network;
            }

            if (!idempotent || attempt >= Options.Retry.MaxAttempts)
            {
                throw failure;
            }

            var delay = RetryPolicy.ComputeDelay(attempt, retryAfter, Options.Retry, jitter);
            if (started.Elapsed + delay > Options.Retry.TotalTimeCap)
            {
                throw failure;
            }

            log.Verbose(string.Format(
                CultureInfo.InvariantCulture, Messages.LogRetry,
                failure.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? failure.Message, request.Method, request.Path,
                attempt, Options.Retry.MaxAttempts - 1, delay.TotalSeconds));
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>GET and deserialize one JSON value.</summary>
    public async Task<T> GetJsonAsync<T>(IcuRequest request, JsonTypeInfo<T> typeInfo, IIcuLog log, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, log, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                var value = await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
                return value ?? throw MalformedBody(request, null);
            }
            catch (JsonException exception)
            {
                throw MalformedBody(request, exception);
            }
        }
    }

    /// <summary>
    /// GET a JSON array and yield its items as they are read, so the first object reaches the caller
    /// before the whole response has arrived (the API's lists are bare arrays).
    /// </summary>
    public async IAsyncEnumerable<T> StreamJsonArrayAsync<T>(IcuRequest request, JsonTypeInfo<T> typeInfo, IIcuLog log, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, log, cancellationToken, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var items = JsonSerializer.DeserializeAsyncEnumerable(stream, typeInfo, cancellationToken);
            await using var enumerator = items.GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                T? item;
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
                    throw MalformedBody(request, exception);
                }
                catch (IOException exception)
                {
                    throw FailureMapper.FromException(request.Method, request.PathAndQuery, exception, timedOut: false);
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
        http.Dispose();
        throttle.Dispose();
    }

    private static SocketsHttpHandler CreateDefaultHandler() => new()
    {
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(20),
        UseProxy = true, // the system proxy (HTTPS_PROXY and the OS settings), as a user expects
    };

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

    internal static IcuUnexpectedResponseException MalformedBody(IcuRequest request, JsonException? exception) =>
        new(new IcuRequestFailure(request.Method.Method, request.PathAndQuery, 200, null, Messages.CauseMalformedJson), Messages.FixMalformedJson, exception);

    private async Task<HttpResponseMessage> SendOnceAsync(IcuRequest request, IIcuLog log, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        await throttle.WaitAsync(cancellationToken).ConfigureAwait(false);
        using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attemptTimeout.CancelAfter(Options.AttemptTimeout);
        using var message = new HttpRequestMessage(request.Method, request.PathAndQuery);
        message.Headers.Authorization = Credential.CreateAuthorizationHeader();
        message.Content = request.Content?.Invoke();
        log.Debug(string.Format(CultureInfo.InvariantCulture, Messages.LogRequest, request.Method, request.PathAndQuery, Credential.Scheme, Credential.Fingerprint));
        var clock = Stopwatch.StartNew();
        try
        {
            var response = await http.SendAsync(message, completion, attemptTimeout.Token).ConfigureAwait(false);
            log.Verbose(string.Format(CultureInfo.InvariantCulture, Messages.LogResponse, request.Method, request.PathAndQuery, (int)response.StatusCode, clock.ElapsedMilliseconds));
            return response;
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw FailureMapper.FromException(request.Method, request.PathAndQuery, exception, timedOut: true);
        }
        catch (HttpRequestException exception)
        {
            throw FailureMapper.FromException(request.Method, request.PathAndQuery, exception, timedOut: false);
        }
    }
}
