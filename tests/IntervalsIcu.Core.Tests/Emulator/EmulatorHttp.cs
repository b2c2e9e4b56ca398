using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>Credentials and requests spelled out by hand, so each test shows exactly what goes on the wire.</summary>
internal static class EmulatorHttp
{
    // Escapes like the server (only what JSON requires), so expected bodies compare byte for byte.
    private static readonly JsonSerializerOptions WireFormat = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Basic(string userName, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}"));

    public static string ApiKey(string key) => Basic("API_KEY", key);

    public static string Bearer(string token) => "Bearer " + token;

    public static Task<HttpResponseMessage> GetAsync(HttpClient client, string pathAndQuery, string? authorization) =>
        SendAsync(client, HttpMethod.Get, pathAndQuery, authorization);

    /// <summary>The Authorization value is added unvalidated, so malformed headers reach the server as written.</summary>
    public static Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpMethod method, string pathAndQuery, string? authorization, string? jsonBody = null,
        Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, pathAndQuery);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        configure?.Invoke(request);
        return client.SendAsync(request);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The server's own error shape, compared byte for byte: <c>{"status":403,"error":"Access denied"}</c>.</summary>
    public static async Task AssertApiErrorAsync(HttpResponseMessage response, int expectedStatus, string expectedMessage)
    {
        Assert.Equal(expectedStatus, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expectedBody = JsonSerializer.Serialize(new { status = expectedStatus, error = expectedMessage }, WireFormat);
        Assert.Equal(expectedBody, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Spring Boot's default error body: timestamp, status, reason phrase, path without the query.</summary>
    public static async Task AssertSpringErrorAsync(HttpResponseMessage response, int expectedStatus, string expectedError, string expectedPath)
    {
        Assert.Equal(expectedStatus, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await ReadJsonAsync(response);
        Assert.Equal(["timestamp", "status", "error", "path"], body.EnumerateObject().Select(property => property.Name));
        Assert.True(DateTimeOffset.TryParse(body.GetProperty("timestamp").GetString(), out _), "timestamp is not a date-time");
        Assert.Equal(expectedStatus, body.GetProperty("status").GetInt32());
        Assert.Equal(expectedError, body.GetProperty("error").GetString());
        Assert.Equal(expectedPath, body.GetProperty("path").GetString());
    }
}
