using System.Globalization;
using System.Management.Automation;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Spec;

namespace IntervalsIcu.PowerShell.Tests.Hosting;

/// <summary>
/// Every operation of the generated table goes through Invoke-IcuRequest against the emulator, whose spec
/// fallback checks each request (path and query parameters, body against the schema, multipart) and
/// answers 400/422 when it is wrong: a 2xx in the emulator's own log proves the request was well formed,
/// and the output proves the answer was decoded (PSCustomObjects, strings or a saved file, never a JsonElement).
/// </summary>
public sealed class InvokeIcuRequestCoverageTests : IClassFixture<HostedEmulatorFixture>
{
    private static readonly Lazy<SpecDocument?> Spec = new(SpecDocument.Load);

    /// <summary>
    /// Inputs for the operations the emulator implements by hand, whose data must exist (an activity with a
    /// file and GPS, a wellness day) or whose handlers take only writable fields.
    /// </summary>
    private static readonly Dictionary<string, string> HandWrittenInputs = new(StringComparer.Ordinal)
    {
        ["getActivities"] = "-PathParameter @{ ids = @($Ride) } -Query @{ intervals = $true }",
        ["updateActivity"] = "-PathParameter @{ id = $Ride } -Body @{ name = 'Renamed by the coverage test' }",
        ["deleteActivity"] = "-PathParameter @{ id = $Victim }",
        ["deleteTombstone"] = "-PathParameter @{ id = $Buried }",
        ["getRecord"] = "-PathParameter @{ date = $Day }",
        ["updateWellness"] = "-PathParameter @{ date = $Day } -Body @{ weight = 70.5 }",
        ["updateWellness_1"] = "-Body @{ id = $Day; weight = 70.4 }",
        ["updateWellnessBulk"] = "-Body @(@{ id = $Day; restingHR = 48 })",
        ["updateAthlete"] = "-Body @{ name = 'Alex Rider' }",
        ["listEvents"] = "-Query @{ oldest = '2030-03-01'; newest = '2030-03-10' }",
        // The calendar's routes are hand-written and check dates and categories, as the server does.
        ["createEvent"] = "-Body @{ start_date_local = '2030-03-06T00:00:00'; category = 'WORKOUT'; type = 'Ride'; name = 'Coverage create'; description = '- 20m 70%' }",
        ["createMultipleEvents"] = "-Body @(@{ start_date_local = '2030-03-07T00:00:00'; category = 'NOTE'; name = 'Coverage bulk' })",
        ["updateEvent"] = "-PathParameter @{ eventId = $EventId } -Body @{ name = 'Coverage renamed' }",
        // Sport settings are found by id or activity type, as the server does.
        ["getSettings_1"] = "-PathParameter @{ id = 'Ride' }",
        ["updateSettings"] = "-PathParameter @{ id = 'Ride' } -Query @{ recalcHrZones = $false } -Body @{ ftp = 266 }",
        ["applyToActivities"] = "-PathParameter @{ id = 'Ride' }",
        // One activity's power curve needs an activity with power (a run is a 422, as on the server).
        ["getActivityPowerCurve"] = "-PathParameter @{ id = $PowerRide }",
        ["createManualActivity"] = "-Body @{ start_date_local = '2030-03-06T07:00:00'; type = 'Run'; name = 'Coverage manual'; moving_time = 1800 }",
        // The library's routes are hand-written: a workout goes into an existing folder, an import reads a real workout file.
        ["createFolder"] = "-Body @{ type = 'FOLDER'; name = 'Coverage folder' }",
        ["createWorkout"] = "-Body @{ folder_id = $FolderId; name = 'Coverage create'; type = 'Ride'; description = '- 20m 70%' }",
        ["createMultipleWorkouts"] = "-Body @(@{ folder_id = $FolderId; name = 'Coverage bulk 1'; type = 'Ride'; description = '- 10m 60%' }, @{ folder_id = $FolderId; name = 'Coverage bulk 2'; type = 'Run'; description = '- 30m Z2' })",
        ["importWorkoutFile"] = "-PathParameter @{ folderId = $FolderId } -Query @{ type = 'Ride' } -InFile $ZwoFile",
        ["createMultipleManualActivities"] = "-Body @(@{ start_date_local = '2030-03-07T07:00:00'; type = 'Run'; name = 'Coverage manual bulk'; moving_time = 1800; external_id = 'coverage-1' })",
    };

    /// <summary>What must exist before the operation can answer something: a tombstone to remove, an event to list.</summary>
    private static readonly Dictionary<string, string> Setups = new(StringComparer.Ordinal)
    {
        ["deleteTombstone"] = "Invoke-IcuRequest -Operation deleteActivity -PathParameter @{ id = $Buried } -Confirm:$false",
        ["listEvents"] = "Invoke-IcuRequest -Operation createEvent -Body @{ start_date_local = '2030-03-04T00:00:00'; category = 'NOTE'; name = 'Coverage' }",
        ["createWorkout"] = NewFolder,
        ["createMultipleWorkouts"] = NewFolder,
    };

    /// <summary>A workout is created in a folder of the athlete's library.</summary>
    private const string NewFolder = "$FolderId = (Invoke-IcuRequest -Operation createFolder -Body @{ type = 'FOLDER'; name = 'Coverage' }).id";

    /// <summary>Path parameters whose value is made by an operation of its own first.</summary>
    private static readonly (string Parameter, string Create)[] CreatedFirst =
    [
        ("eventId", "$EventId = (Invoke-IcuRequest -Operation createEvent -Body @{ start_date_local = '2030-03-05T00:00:00'; category = 'WORKOUT'; type = 'Ride'; name = 'Coverage'; description = '- 10m 60%' }).id"),
        ("folderId", NewFolder),
        ("workoutId", NewFolder + "; $WorkoutId = (Invoke-IcuRequest -Operation createWorkout -Body @{ folder_id = $FolderId; name = 'Coverage'; type = 'Ride'; description = '- 10m 60%' }).id"),
    ];

    private readonly HostedEmulatorFixture fixture;

    public InvokeIcuRequestCoverageTests(HostedEmulatorFixture fixture)
    {
        this.fixture = fixture;
        var found = fixture.Module.Run("""
            $all = Invoke-IcuRequest -Operation listActivities -Query @{ oldest = '2000-01-01' }
            $withFile = $all | Where-Object { $_.stream_types -contains 'latlng' -and $_.source -notin 'STRAVA', 'MANUAL' -and $_.file_type }
            $Ride = $withFile[0].id
            $Victim = $withFile[-1].id
            $Buried = $withFile[-2].id
            $PowerRide = ($withFile | Where-Object { $_.stream_types -contains 'watts' })[0].id
            """);
        Assert.Empty(found.Errors);
        fixture.Module.SetVariable("TokenKey", Secrets.Secure(DemoData.ReadAllToken));
        var zwo = Path.Combine(Path.GetTempPath(), $"icu-coverage-{Guid.NewGuid():N}.zwo");
        File.WriteAllText(zwo, "<workout_file><name>Coverage</name><sportType>bike</sportType><workout><SteadyState Duration=\"600\" Power=\"0.6\"/></workout></workout_file>");
        fixture.Module.SetVariable("ZwoFile", zwo);
        fixture.Module.SetVariable("Day", DemoWellness.DateOf(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    public static TheoryData<string> Operations() => new(OperationTable.All.Select(operation => (string)operation.OperationId));

    [SkippableFact]
    public void TheTable_HoldsEveryOperationOfTheSpec()
    {
        Skip.If(Spec.Value is null, "The OpenAPI spec was not found beside the repository.");

        Assert.Equal(148, OperationTable.All.Count);
        Assert.Equal(
            Spec.Value!.Operations.Select(operation => operation.OperationId).Order(StringComparer.Ordinal),
            OperationTable.All.Select(operation => (string)operation.OperationId).Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Operations))]
    public void InvokeIcuRequest_SendsAWellFormedRequest_AndDecodesTheAnswer(string operationId)
    {
        Skip.If(Spec.Value is null, "The OpenAPI spec was not found beside the repository: the emulator has no spec fallback.");
        var operation = OperationTable.Find(operationId);
        var specOperation = Spec.Value!.Operations.Single(o => o.OperationId == operationId);
        if (Setups.TryGetValue(operationId, out var setup))
        {
            Assert.Empty(fixture.Module.Run(setup).Errors);
        }

        // An event or workout of its own for each operation on one, so a hand-written route that keeps
        // state (the calendar's) finds it, and a deleted one never hides from the next case.
        foreach (var (parameter, create) in CreatedFirst)
        {
            if (((IEnumerable<dynamic>)operation.Parameters).Any(p => (string)p.Name == parameter))
            {
                Assert.Empty(fixture.Module.Run(create).Errors);
            }
        }

        var outFile = Path.Combine(Path.GetTempPath(), $"icu-coverage-{operationId}-{Guid.NewGuid():N}.bin");
        var command = $"Invoke-IcuRequest -Operation {operationId} {Arguments(operation, specOperation, outFile)}";
        if ((string)operation.Method == "DELETE")
        {
            command += " -Confirm:$false";
        }

        var server = fixture.Fresh();
        var run = operationId == "disconnectApp"
            ? fixture.Module.Run($"$token = Connect-Icu -AccessToken $TokenKey -BaseUri $BaseUri -SkipValidation -PassThru; Connect-Icu -ApiKey $DemoKey -BaseUri $BaseUri | Out-Null; {command} -Session $token")
            : fixture.Module.Run(command);

        try
        {
            Assert.True(run.Terminating is null, $"{command}: {run.Terminating?.Message}");
            Assert.True(run.Errors.Count == 0, $"{command}: {string.Join("; ", run.Errors)}");
            var sent = server.Requests.All.Where(r => r.Method == (string)operation.Method && specOperation.MatchPath(r.Path).Success).ToList();
            Assert.True(sent.Count == 1, $"{command}: expected one {operation.Method} {specOperation.Template}, the emulator saw: {string.Join(", ", server.Requests.All.Select(r => $"{r.Method} {r.Path} {r.StatusCode}"))}");
            Assert.InRange(sent[0].StatusCode, 200, 299);
            AssertDecoded(operationId, (string)operation.Response.ToString(), run.Output, outFile);
        }
        finally
        {
            File.Delete(outFile);
        }
    }

    private static void AssertDecoded(string operationId, string responseKind, IReadOnlyList<PSObject> output, string outFile)
    {
        foreach (var item in output)
        {
            AssertNoJsonElement(item, operationId);
        }

        switch (responseKind)
        {
            case "Binary":
                var file = Assert.IsType<FileInfo>(Assert.Single(output).BaseObject);
                Assert.Equal(outFile, file.FullName);
                Assert.True(new FileInfo(outFile).Length > 0, $"{operationId}: the saved file is empty");
                break;
            case "Text":
                Assert.IsType<string>(Assert.Single(output).BaseObject);
                break;
            case "Json":
                Assert.True(output.Count > 0, $"{operationId}: no object was written for a JSON answer");
                break;
        }
    }

    private static void AssertNoJsonElement(object? value, string operationId)
    {
        switch (value)
        {
            case PSObject wrapped when wrapped.BaseObject is PSCustomObject:
                foreach (var property in wrapped.Properties)
                {
                    AssertNoJsonElement(property.Value, operationId);
                }

                break;
            case PSObject wrapped:
                AssertNoJsonElement(wrapped.BaseObject, operationId);
                break;
            case object[] items:
                foreach (var item in items)
                {
                    AssertNoJsonElement(item, operationId);
                }

                break;
            case null or string or long or double or bool or FileInfo:
                break;
            default:
                Assert.Fail($"{operationId}: the output holds a {value.GetType().FullName}");
                break;
        }
    }

    /// <summary>What a user would type: required parameters with values of their type, a body built from the request schema, a file to upload, -OutFile for a file answer.</summary>
    private string Arguments(dynamic operation, SpecOperation specOperation, string outFile)
    {
        var operationId = (string)operation.OperationId;
        var arguments = new List<string>();
        if (HandWrittenInputs.TryGetValue(operationId, out var given))
        {
            arguments.Add(given);
        }
        else
        {
            var path = new List<string>();
            var query = new List<string>();
            foreach (var parameter in operation.Parameters)
            {
                var name = (string)parameter.Name;
                var inPath = parameter.Location.ToString() == "Path";
                if (name == (string?)operation.AthleteParameter || (bool)parameter.IsPathSuffix || (!inPath && !(bool)parameter.Required))
                {
                    continue;
                }

                (inPath ? path : query).Add($"'{name}' = {Value(name, parameter.Type.ToString(), parameter.ItemType?.ToString())}");
            }

            if (path.Count > 0)
            {
                arguments.Add("-PathParameter @{ " + string.Join("; ", path) + " }");
            }

            if (query.Count > 0)
            {
                arguments.Add("-Query @{ " + string.Join("; ", query) + " }");
            }

            switch (operation.Body.ToString())
            {
                case "Json":
                    var example = new SpecExampleBuilder(Spec.Value!.Root).Build(specOperation.BodySchema!.Value)!;
                    fixture.Module.SetVariable("BodyJson", example.ToJsonString());
                    // Objects go in as PSCustomObjects (serialized by the module), arrays as JSON text: both paths are used.
                    arguments.Add(example is JsonArray ? "-Body $BodyJson" : "-Body ($BodyJson | ConvertFrom-Json)");
                    break;
                case "Multipart":
                    var upload = Path.Combine(Path.GetTempPath(), $"icu-coverage-{Guid.NewGuid():N}.fit");
                    File.WriteAllText(upload, "coverage upload " + Guid.NewGuid());
                    arguments.Add($"-InFile '{upload}'");
                    break;
            }
        }

        if (operation.Response.ToString() == "Binary")
        {
            arguments.Add($"-OutFile '{outFile}'");
        }

        return string.Join(" ", arguments);
    }

    private static string Value(string name, string type, string? itemType) =>
        (name, type) switch
        {
            ("id", "String") or ("activity_id", _) => "$Ride",
            ("ids", _) => "@($Ride)",
            ("date", _) => "$Day",
            ("eventId", _) => "$EventId",
            ("workoutId", _) => "$WorkoutId",
            ("folderId", _) => "$FolderId",
            ("oldest" or "newest" or "start" or "end", "String") => "'2024-01-01'",
            ("ext", "String") => "'zwo'",
            ("q", _) => "'run'",
            ("stream", _) => "'watts'",
            ("type", _) => "'Ride'",
            ("category", _) => "@('WORKOUT', 'NOTE')",
            ("deviceClass", _) => "'desktop'",
            (_, "Integer") => "7",
            (_, "Number") => "1.5",
            (_, "Boolean") => "$true",
            (_, "Array") when itemType is "Integer" => "@(1, 2)",
            (_, "Array") => "@('a', 'b')",
            _ => "'example'",
        };
}
