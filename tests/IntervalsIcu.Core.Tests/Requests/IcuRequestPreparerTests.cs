using System.Collections;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Requests;
using IntervalsIcu.Core.Tests.TestSupport;

namespace IntervalsIcu.Core.Tests.Requests;

/// <summary>What Invoke-IcuRequest checks and builds before anything is sent (no server involved).</summary>
public sealed class IcuRequestPreparerTests
{
    private const string SessionAthlete = "i100001";
    private readonly CapturingLog log = new();

    [Fact]
    public void Prepare_UnknownOperation_IsRefusedNamingTheClosest()
    {
        var error = Assert.Throws<IcuRequestException>(() => Prepare(new() { OperationId = "listGeer" }));

        Assert.Equal("IcuUnknownOperation", error.ErrorId);
        Assert.Contains("listGear", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_OperationIdInAnyCase_FillsTheSessionsAthlete()
    {
        var prepared = Prepare(new() { OperationId = "LISTGEAR" });

        Assert.Equal("listGear", prepared.Operation.OperationId);
        Assert.Equal("GET /api/v1/athlete/i100001/gear", prepared.Target);
    }

    [Fact]
    public void Prepare_AthleteIdParameter_NamesTheAthlete_AndOtherPathParametersComeFromTheDictionary()
    {
        var prepared = Prepare(new() { OperationId = "getSettings_1", AthleteId = "i200002", PathParameters = Values(("id", "Ride")) });

        Assert.Equal("/api/v1/athlete/i200002/sport-settings/Ride", prepared.Request.Path);
    }

    [Fact]
    public void Prepare_ActivityIdOfAnActivityPath_IsNotTheAthlete_AndIsRequired()
    {
        var error = Assert.Throws<IcuRequestException>(() => Prepare(new() { OperationId = "getActivity" }));

        Assert.Equal("IcuRequestParameterMissing", error.ErrorId);
        Assert.Contains("'id'", error.Message, StringComparison.Ordinal);
        Assert.Contains("path id (string, required)", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_MissingRequiredQueryParameter_ListsWhatTheOperationTakes()
    {
        var error = Assert.Throws<IcuRequestException>(() => Prepare(new() { OperationId = "searchForIntervals", Query = Values(("minSecs", 60)) }));

        Assert.Equal("IcuRequestParameterMissing", error.ErrorId);
        Assert.Contains("maxSecs", error.Message, StringComparison.Ordinal);
        Assert.Contains("query maxIntensity (integer, required)", error.FixHint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("createEvent", "upsertOnUid")]
    [InlineData("createMultipleEvents", "updatePlanApplied")]
    [InlineData("updateSettings", "recalcHrZones")]
    [InlineData("updateReminder", "snoozeDays")]
    [InlineData("listAthletePowerCurves", "f1")]
    public void Table_FlagsTheServerDefaults_AreOptional(string operationId, string flag)
    {
        var parameter = IcuOperationTable.Find(operationId).Parameters.Single(p => p.Name == flag);

        Assert.False(parameter.Required);
        Assert.True(parameter.ServerDefaulted);
        Assert.Contains($"query {flag} (", IcuRequestException.Takes(IcuOperationTable.Find(operationId)), StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_CreateEventWithoutUpsertOnUid_IsSent()
    {
        var prepared = Prepare(new() { OperationId = "createEvent", Body = """{"category":"NOTE"}""" });

        Assert.Empty(prepared.Request.Query);
    }

    [Theory]
    [InlineData(null, "/api/v1/athlete/i100001/wellness")]
    [InlineData(".csv", "/api/v1/athlete/i100001/wellness.csv")]
    [InlineData("csv", "/api/v1/athlete/i100001/wellness.csv")]
    public void Prepare_PathSuffix_DefaultsToTheJsonForm(string? ext, string expected)
    {
        var prepared = Prepare(new() { OperationId = "listWellnessRecords", PathParameters = ext is null ? Values() : Values(("ext", ext)) });

        Assert.Equal(expected, prepared.Request.Path);
    }

    [Fact]
    public void Prepare_QueryValues_AreWrittenAsTheApiWantsThem()
    {
        var prepared = Prepare(new()
        {
            OperationId = "listEvents",
            Query = Values(("oldest", new DateTime(2024, 3, 1)), ("newest", new DateTime(2024, 3, 7, 18, 30, 0)), ("category", new[] { "WORKOUT", "NOTE" }), ("resolve", true)),
        });

        Assert.Equal("/api/v1/athlete/i100001/events?oldest=2024-03-01&newest=2024-03-07T18%3A30%3A00&category=WORKOUT%2CNOTE&resolve=true", prepared.Request.PathAndQuery);
    }

    [Fact]
    public void Prepare_QueryStringInThePath_IsSent_AndQueryWins()
    {
        var prepared = Prepare(new() { Method = "GET", Path = "/athlete/{id}/activities?oldest=2024-01-01&limit=5", Query = Values(("limit", 2)) });

        Assert.Equal("/api/v1/athlete/i100001/activities?oldest=2024-01-01&limit=2", prepared.Request.PathAndQuery);
    }

    [Fact]
    public void Prepare_ValueNotOfItsType_IsRefused()
    {
        var error = Assert.Throws<IcuRequestException>(() => Prepare(new() { OperationId = "showEvent", PathParameters = Values(("eventId", "x")) }));

        Assert.Equal("IcuRequestParameterInvalid", error.ErrorId);
    }

    [Fact]
    public void Prepare_QueryNameTheSpecDoesNotList_IsSentWithAWarning()
    {
        var prepared = Prepare(new() { OperationId = "listGear", Query = Values(("newFlag", 1)) });

        Assert.Contains(KeyValuePair.Create("newFlag", "1"), prepared.Request.Query);
        Assert.Contains(log.Warnings, w => w.Contains("newFlag", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{nope", "IcuRequestBodyInvalid")]
    [InlineData(null, "IcuRequestBodyMissing")]
    public void Prepare_BodyThatIsNotJsonOrMissing_IsRefused(string? body, string errorId)
    {
        var error = Assert.Throws<IcuRequestException>(() => Prepare(new() { OperationId = "createGear", Body = body }));

        Assert.Equal(errorId, error.ErrorId);
        Assert.Contains("a JSON body", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_BodyForAnOperationWithoutOne_IsRefused()
    {
        var error = Assert.Throws<IcuRequestException>(() => Prepare(new() { OperationId = "listGear", Body = "{}" }));

        Assert.Equal("IcuRequestBodyNotAccepted", error.ErrorId);
    }

    [Fact]
    public async Task Prepare_DictionaryBody_IsSerializedAsJson()
    {
        var body = new Hashtable { ["name"] = "Bike", ["distance"] = 12.5, ["component_ids"] = new object[] { "c1", "c2" } };

        var prepared = Prepare(new() { OperationId = "createGear", Body = body });
        var sent = await prepared.Request.Content!().ReadAsStringAsync();

        using var json = System.Text.Json.JsonDocument.Parse(sent);
        Assert.Equal("Bike", json.RootElement.GetProperty("name").GetString());
        Assert.Equal(12.5, json.RootElement.GetProperty("distance").GetDouble());
        Assert.Equal(2, json.RootElement.GetProperty("component_ids").GetArrayLength());
    }

    [Theory]
    [InlineData("GET", "/athlete/0/wellness.csv", "listWellnessRecords", "/api/v1/athlete/0/wellness.csv")]
    [InlineData("PUT", "/api/v1/athlete/{id}/wellness-bulk", "updateWellnessBulk", "/api/v1/athlete/i100001/wellness-bulk")]
    [InlineData("GET", "/athlete/{id}/activities/interval-search", "searchForIntervals", null)]
    [InlineData("delete", "/athlete/0/events/12/", "deleteEvent", "/api/v1/athlete/0/events/12")]
    public void Prepare_MethodAndPath_FindTheOperation(string method, string path, string operationId, string? expectedPath)
    {
        var query = operationId == "searchForIntervals" ? Values(("minSecs", 1), ("maxSecs", 2), ("minIntensity", 3), ("maxIntensity", 4)) : Values();
        var body = operationId == "updateWellnessBulk" ? "[]" : null;

        var prepared = Prepare(new() { Method = method, Path = path, Query = query, Body = body });

        Assert.Equal(operationId, prepared.Operation.OperationId);
        if (expectedPath is not null)
        {
            Assert.Equal(expectedPath, prepared.Request.Path);
        }
    }

    [Theory]
    [InlineData("POST", "/athlete/0/gear/g1")]
    [InlineData("GET", "/athlete/0/no-such-thing")]
    public void Prepare_PathNoOperationMatches_IsRefused(string method, string path)
    {
        var error = Assert.Throws<IcuRequestException>(() => Prepare(new() { Method = method, Path = path }));

        Assert.Equal("IcuUnknownRequestPath", error.ErrorId);
        Assert.NotEmpty(error.FixHint);
    }

    [Fact]
    public void Prepare_FileAnswerWithoutOutFile_IsRefused()
    {
        var error = Assert.Throws<IcuRequestException>(() => Prepare(new() { OperationId = "downloadActivityFitFile", PathParameters = Values(("id", "i1")) }));

        Assert.Equal("IcuRequestOutFileRequired", error.ErrorId);
    }

    [Fact]
    public void Prepare_InFileThatDoesNotExist_OrForAJsonOperation_IsRefused()
    {
        var missing = Assert.Throws<IcuRequestException>(() => Prepare(new() { OperationId = "uploadWellness", InFile = "/no/such/file.csv" }));
        var notAnUpload = Assert.Throws<IcuRequestException>(() => Prepare(new() { OperationId = "createGear", InFile = typeof(IcuRequestPreparerTests).Assembly.Location }));
        var noFile = Assert.Throws<IcuRequestException>(() => Prepare(new() { OperationId = "uploadWellness" }));

        Assert.Equal("IcuRequestInFileNotFound", missing.ErrorId);
        Assert.Equal("IcuRequestBodyNotAccepted", notAnUpload.ErrorId);
        Assert.Equal("IcuRequestBodyMissing", noFile.ErrorId);
    }

    [Fact]
    public void Prepare_BadAthleteId_IsRefusedBeforeSending()
    {
        Assert.ThrowsAny<IcuException>(() => Prepare(new() { OperationId = "listGear", AthleteId = "bob" }));
    }

    [Fact]
    public void Table_MultipartUploads_AreMultipartThoughTheSpecSaysJson()
    {
        var uploads = IcuOperationTable.All.Where(o => o.Body == IcuBodyKind.Multipart).Select(o => o.OperationId).Order(StringComparer.Ordinal);

        Assert.Equal(["importWorkoutFile", "updateCustomItemImage", "uploadActivity", "uploadActivityStreamsCSV", "uploadWellness"], uploads);
    }

    private IcuPreparedRequest Prepare(IcuRequestInput input) => IcuRequestPreparer.Prepare(input, SessionAthlete, log);

    private static Dictionary<string, object?> Values(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
