using System.Text.Json.Nodes;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Core.Wellness;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Wellness;

/// <summary>
/// Set-IcuWellness's logic against the emulator: what home-made uploaders get wrong (issue 4) does not
/// happen here. Blank cells change nothing, bad rows are reported while good ones land, hand-fixed days
/// stay, and every row ends sent, unchanged, skipped, invalid or failed.
/// </summary>
public sealed class WellnessUploaderTests : WellnessUploadTestBase
{
    public WellnessUploaderTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public async Task BlankCells_AreNeverSent_AndLeaveTheServersValues()
    {
        Seed("2026-11-20", new JsonObject { ["weight"] = 70.9, ["restingHR"] = 47, ["hrv"] = 55.0 });

        var report = await UploadAsync([Row("2026-11-20", ("Weight", ""), ("RestingHR", "  "), ("Hrv", "61"), ("Soreness", null))]);

        var sent = Assert.Single(SentDays());
        Assert.Equal("""{"id":"2026-11-20","hrv":61}""", sent.ToJsonString());
        var day = ServerDay("2026-11-20")!;
        Assert.Equal(70.9, day["weight"]!.GetValue<double>());
        Assert.Equal(47, day["restingHR"]!.GetValue<int>());
        Assert.Equal(["Hrv"], Assert.Single(report.Results).Fields);
    }

    [Fact]
    public async Task GermanMachine_ReadsPointAndCommaDecimals_AndSendsJsonNumbers()
    {
        using var culture = new CultureScope("de-DE");

        await UploadAsync([Row("2026-11-20", ("Weight", "70.5")), Row("2026-11-21", ("Weight", "70,4"), ("SleepHours", "7,5"))]);

        Assert.Equal(70.5, ServerDay("2026-11-20")!["weight"]!.GetValue<double>());
        Assert.Equal(70.4, ServerDay("2026-11-21")!["weight"]!.GetValue<double>());
        Assert.Equal(27000, ServerDay("2026-11-21")!["sleepSecs"]!.GetValue<int>());
        Assert.Contains("\"weight\":70.5", Emulator.Requests.All.Single(request => request.Method == "PUT").Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidRows_AreReportedNamingDateFieldAndValue_WhileValidRowsLand()
    {
        var rows = new[]
        {
            Row("2026-11-19", ("Weight", "70.1")),
            Row("2026-11-20", ("Weight", "0"), ("RestingHR", "48")),
            Row("2026-11-21", ("RestingHR", "abc")),
            Row("2026-02-30", ("Weight", "70.2")),
            Row("2026-11-22", ("Soreness", "5")),
            Row("", ("Weight", "70.3")),
            Row("2026-11-23", ("Weight", "70.4")),
        };

        var report = await UploadAsync(rows);

        Assert.Equal(
            [WellnessResultStatus.Sent, WellnessResultStatus.Invalid, WellnessResultStatus.Invalid, WellnessResultStatus.Invalid, WellnessResultStatus.Invalid, WellnessResultStatus.Invalid, WellnessResultStatus.Sent],
            report.Results.Select(result => result.Status));
        Assert.Equal(["2026-11-19", "2026-11-23"], SentDays().Select(day => day["id"]!.GetValue<string>()));
        Assert.Equal(2, ServerDayCount);

        var weightZero = report.Results[1];
        Assert.Equal("IcuWellnessInvalidValue", weightZero.ErrorId);
        Assert.Equal("source of 2026-11-20", weightZero.GetSource());
        Assert.StartsWith("2026-11-20: Weight 0 is outside 20 to 300 kg", weightZero.Error, StringComparison.Ordinal);
        Assert.IsType<IcuWellnessInvalidValueException>(weightZero.GetException());
        Assert.Contains("RestingHR 'abc' is not a number", report.Results[2].Error, StringComparison.Ordinal);
        Assert.Contains("Row 4: Date '2026-02-30' is not a date", report.Results[3].Error, StringComparison.Ordinal);
        Assert.Contains("Soreness 5 is outside 1 to 4 (1 = best)", report.Results[4].Error, StringComparison.Ordinal);
        Assert.Contains("Date is empty", report.Results[5].Error, StringComparison.Ordinal);
        Assert.True(report.HasErrors);
    }

    [Fact]
    public async Task RowNamingNoField_Fails_WithTheUnusedColumnsAndTheirClosestField_NeverUnchanged()
    {
        var unknownOnly = new WellnessRow
        {
            Date = "2026-11-20",
            Unused = [new WellnessUnusedColumn("Wieght", "70.5", "Weight")],
            Source = "csv row",
        };
        var noDateNoField = new WellnessRow { Unused = [new WellnessUnusedColumn("Wieght", "70.5", "Weight")], Source = "csv row 2" };
        var parametersOnly = new WellnessRow { Date = "2026-11-21" };
        var blankKnownCells = Row("2026-11-22", ("Weight", ""));

        var report = await UploadAsync([unknownOnly, noDateNoField, parametersOnly, blankKnownCells]);

        Assert.Equal(
            [WellnessResultStatus.Failed, WellnessResultStatus.Failed, WellnessResultStatus.Failed, WellnessResultStatus.Unchanged],
            report.Results.Select(result => result.Status));
        Assert.All(report.Results.Take(3), result => Assert.Equal("IcuWellnessNoField", result.ErrorId));
        Assert.Equal("2026-11-20: no column names a wellness field, so nothing was written. Unused: 'Wieght' → Weight?.", report.Results[0].Error);
        Assert.StartsWith("2026-11-21: no wellness field was given", report.Results[2].Error, StringComparison.Ordinal);
        Assert.Empty(SentDays());
        Assert.True(report.HasErrors);
    }

    [Fact]
    public async Task BlankRowWithOnlyBlankUnusedColumns_IsSkipped()
    {
        var blank = new WellnessRow { Date = "", Unused = [new WellnessUnusedColumn("Wieght", "", "Weight")], Source = "trailing ,,, line" };

        var report = await UploadAsync([blank]);

        Assert.Empty(report.Results);
    }

    [Fact]
    public async Task Merge_OverwritesTheGivenFields_FillEmpty_WritesOnlyWhatTheServerLacks()
    {
        Seed("2026-11-20", new JsonObject { ["weight"] = 70.9, ["BodyBattery"] = 60 });
        Seed("2026-11-21", new JsonObject { ["weight"] = 70.9, ["BodyBattery"] = 60 });
        var fill = new WellnessRow
        {
            Date = "2026-11-20",
            Fields = new Dictionary<string, object?> { ["Weight"] = "70.4", ["RestingHR"] = "48" },
            CustomFields = new Dictionary<string, object?> { ["BodyBattery"] = 75, ["Hrv4T"] = 6 },
        };
        var merge = new WellnessRow { Date = "2026-11-21", Fields = fill.Fields, CustomFields = fill.CustomFields };

        var filled = await UploadAsync([fill], new WellnessUploadOptions { Mode = WellnessWriteMode.FillEmpty });
        var merged = await UploadAsync([merge]);

        Assert.Equal(["RestingHR", "Hrv4T"], Assert.Single(filled.Results).Fields);
        Assert.Equal(70.9, ServerDay("2026-11-20")!["weight"]!.GetValue<double>());
        Assert.Equal(48, ServerDay("2026-11-20")!["restingHR"]!.GetValue<int>());
        Assert.Equal(60, ServerDay("2026-11-20")!["BodyBattery"]!.GetValue<int>());
        Assert.Equal(["Weight", "RestingHR", "BodyBattery", "Hrv4T"], Assert.Single(merged.Results).Fields);
        Assert.Equal(70.4, ServerDay("2026-11-21")!["weight"]!.GetValue<double>());
        Assert.Equal(75, ServerDay("2026-11-21")!["BodyBattery"]!.GetValue<int>());
    }

    [Fact]
    public async Task LockedDay_IsSkippedWithAWarning_AndWrittenWithForce()
    {
        Seed("2026-11-20", new JsonObject { ["weight"] = 71.2, ["locked"] = true });
        var row = Row("2026-11-20", ("Weight", "70.4"));

        var skipped = await UploadAsync([row]);
        var afterSkip = ServerDay("2026-11-20")!["weight"]!.GetValue<double>();
        var skipRequests = Requests("PUT", "/wellness");
        var forced = await UploadAsync([row], new WellnessUploadOptions { Force = true });

        var result = Assert.Single(skipped.Results);
        Assert.Equal(WellnessResultStatus.SkippedLocked, result.Status);
        Assert.Equal("IcuWellnessLockedSkipped", result.ErrorId);
        Assert.Equal("Weight 71.2 -> 70.4", result.Changes);
        Assert.False(skipped.HasErrors);
        Assert.Equal(71.2, afterSkip);
        Assert.Equal(0, skipRequests);
        Assert.Contains(Log.Warnings, warning => warning.Contains("2026-11-20 is locked", StringComparison.Ordinal) && warning.Contains("IcuWellnessLockedSkipped", StringComparison.Ordinal));
        Assert.Equal(WellnessResultStatus.Sent, Assert.Single(forced.Results).Status);
        Assert.Equal(70.4, ServerDay("2026-11-20")!["weight"]!.GetValue<double>());
        Assert.True(ServerDay("2026-11-20")!["locked"]!.GetValue<bool>());
    }

    [Fact]
    public async Task DuplicateDates_AreMergedLaterWinning_WithAWarning()
    {
        var rows = new[]
        {
            Row("2026-11-20", ("Weight", "70.9"), ("RestingHR", "50")),
            Row("2026-11-21", ("Weight", "70.5")),
            Row("2026-11-20", ("Weight", "70.4"), ("RestingHR", "")),
        };

        var report = await UploadAsync(rows);

        Assert.Equal(["2026-11-20", "2026-11-21"], report.Results.Select(result => result.Date));
        Assert.Equal("source of 2026-11-20", report.Results[0].GetSource());
        var day = ServerDay("2026-11-20")!;
        Assert.Equal(70.4, day["weight"]!.GetValue<double>());
        Assert.Equal(50, day["restingHR"]!.GetValue<int>());
        Assert.Equal(1, Requests("PUT", "/wellness-bulk"));
        Assert.Contains(Log.Warnings, warning => warning.Contains("2026-11-20 is in several rows (1, 3)", StringComparison.Ordinal) && warning.Contains("IcuWellnessDuplicateDate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_IsWhatIf_ReadsOnceSendsNothing_AndShowsAFieldLevelDiff()
    {
        Seed("2026-11-20", new JsonObject { ["weight"] = 70.9, ["sleepSecs"] = 27000 });
        using var session = await SessionAsync();
        Emulator.Requests.Clear();
        var rows = new[]
        {
            Row("2026-11-20", ("Weight", "70.4"), ("RestingHR", "48"), ("SleepHours", "7.5")),
            Row("2026-11-21", ("Comments", "easy spin")),
        };

        var plan = await WellnessUploader.PlanAsync(session, rows, new WellnessUploadOptions { Clear = ["Weight"] }, Log, CancellationToken.None);
        var report = await WellnessUploader.SendAsync(session, plan, new HashSet<DateOnly>(), Log, CancellationToken.None);

        Assert.Equal(0, Requests("PUT", "/"));
        Assert.Equal(1, Requests("GET", "/wellness"));
        Assert.Equal(
            ["2026-11-20: Weight has the value '70.4' and is also in -Clear"],
            report.Results.Select(result => result.Error ?? result.Date));
        Assert.Equal("2026-11-21", Assert.Single(plan.Writes).DateText);
        Assert.Equal("Comments (empty) -> \"easy spin\"", plan.Writes[0].DiffText);
        Assert.Equal(1, report.NotConfirmed);
        Assert.Contains("not sent (-WhatIf or not confirmed)", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_ShowsOldAndNewValues_ForEachChangedField()
    {
        Seed("2026-11-20", new JsonObject { ["weight"] = 70.9, ["sleepSecs"] = 27000, ["hrv"] = 60.0 });
        using var session = await SessionAsync();

        var plan = await WellnessUploader.PlanAsync(
            session, [Row("2026-11-20", ("Weight", "70.4"), ("RestingHR", "48"), ("SleepHours", "7.5"), ("Hrv", "60"))], new WellnessUploadOptions(), Log, CancellationToken.None);

        Assert.Equal("Weight 70.9 -> 70.4; RestingHR (empty) -> 48", Assert.Single(plan.Writes).DiffText);
    }

    [Fact]
    public async Task SameValuesAsTheServer_AreUnchanged_AndNotSent()
    {
        Seed("2026-11-20", new JsonObject { ["weight"] = 70.40000152587891, ["restingHR"] = 48, ["comments"] = "ok", ["locked"] = false });

        var report = await UploadAsync([Row("2026-11-20", ("Weight", "70.4"), ("RestingHR", "48.0"), ("Comments", "ok"), ("Locked", "false"))]);

        Assert.Equal(WellnessResultStatus.Unchanged, Assert.Single(report.Results).Status);
        Assert.Equal(0, Requests("PUT", "/"));
    }

    [Fact]
    public async Task LockedFalse_OnADayThatSaysNothingAboutLocking_IsUnchanged()
    {
        // Export-Csv writes Locked as False; importing that file again must not write every day.
        Seed("2026-11-20", new JsonObject { ["weight"] = 70.5, ["locked"] = null });

        var report = await UploadAsync([Row("2026-11-20", ("Weight", "70.5"), ("Locked", "False"))]);

        Assert.Equal(WellnessResultStatus.Unchanged, Assert.Single(report.Results).Status);
    }

    [Fact]
    public async Task ValueEqualToTheServers_IsNeverRefused_EvenOutsideTheRange()
    {
        // A device wrote sleepQuality 5; sending the day back with a new comment must not fail on it.
        Seed("2026-11-20", new JsonObject { ["sleepQuality"] = 5 });

        var report = await UploadAsync([Row("2026-11-20", ("SleepQuality", "5"), ("Comments", "new"))]);

        Assert.Equal(WellnessResultStatus.Sent, Assert.Single(report.Results).Status);
        Assert.Equal("""{"id":"2026-11-20","comments":"new"}""", Assert.Single(SentDays()).ToJsonString());
    }

    [Fact]
    public async Task Clear_SendsMinusOne_OnlyForFieldsThatHaveAValue()
    {
        Seed("2026-11-20", new JsonObject { ["weight"] = 70.9 });
        Seed("2026-11-21", new JsonObject { ["restingHR"] = 48 });

        var report = await UploadAsync([Row("2026-11-20"), Row("2026-11-21")], new WellnessUploadOptions { Clear = ["Weight"] });

        Assert.Equal("""{"id":"2026-11-20","weight":-1}""", Assert.Single(SentDays()).ToJsonString());
        Assert.Null(ServerDay("2026-11-20")!["weight"]);
        Assert.Equal("Weight 70.9 -> (cleared)", report.Results[0].Changes);
        Assert.Equal(WellnessResultStatus.Unchanged, report.Results[1].Status);
    }

    [Fact]
    public async Task RowWithoutDate_IsTodayInTheAthletesZone_AndBlankRowsAreSkipped()
    {
        using var session = await SessionAsync();
        var rows = new[]
        {
            new WellnessRow { Fields = new Dictionary<string, object?> { ["Steps"] = "9000" } },
            Row("", ("Weight", ""), ("RestingHR", null)),
        };

        var report = await WellnessUploader.UploadAsync(session, rows, new WellnessUploadOptions(), Log, CancellationToken.None);

        Assert.Equal(WellnessDates.Text(session.Today()), Assert.Single(report.Results).Date);
        Assert.Equal(9000, ServerDay(WellnessDates.Text(session.Today()))!["steps"]!.GetValue<int>());
        Assert.Contains(Log.Entries, entry => entry.Message == "Row 2 is empty; skipped.");
    }

    [Fact]
    public async Task RecordPipedBack_SendsOnlyWhatWasEdited_CustomFieldsIncluded()
    {
        Seed("2026-11-20", new JsonObject { ["weight"] = 70.9, ["restingHR"] = 48, ["BodyBattery"] = 60, ["ctl"] = 55.0 });
        using var session = await SessionAsync();
        var day = await WellnessReader.ReadDatesAsync(session, [new DateOnly(2026, 11, 20)], Log, CancellationToken.None).SingleAsync();
        day.Weight = 70.2;
        Emulator.Requests.Clear();

        var report = await WellnessUploader.UploadAsync(
            session,
            [new WellnessRow { Record = day, CustomFields = new Dictionary<string, object?> { ["BodyBattery"] = 65L } }],
            new WellnessUploadOptions(),
            Log,
            CancellationToken.None);

        Assert.Equal("2026-11-20", Assert.Single(report.Results).Date);
        Assert.Equal("""{"id":"2026-11-20","weight":70.2,"BodyBattery":65}""", Assert.Single(SentDays()).ToJsonString());
    }

    [Fact]
    public async Task Summary_CountsEveryOutcome_AndIsLoggedAsVerbose()
    {
        Seed("2026-11-21", new JsonObject { ["weight"] = 70.5 });
        Seed("2026-11-22", new JsonObject { ["weight"] = 70.5, ["locked"] = true });

        var report = await UploadAsync(
        [
            Row("2026-11-20", ("Weight", "70.1")),
            Row("2026-11-21", ("Weight", "70.5")),
            Row("2026-11-22", ("Weight", "70.3")),
            Row("2026-11-23", ("Weight", "7O.3")),
            Row("2026-11-24", ("Weight", "70.9")),
        ]);

        const string Expected = "5 dates: 2 sent in 1 request, 1 unchanged, 1 skipped (locked), 1 invalid (current values read in 1 request)";
        Assert.Equal(Expected, report.Summary);
        Assert.Contains(Log.Entries, entry => entry.Level == "Verbose" && entry.Message == Expected);
    }

    [Fact]
    public async Task ReadFailure_FailsTheRowsOfThatWindowOnly_AndSendsNothingForThem()
    {
        Emulator.Faults.FailNext(4, 503, pathContains: "/wellness");

        // More than ten years apart: two read windows, the first of which fails.
        var report = await UploadAsync([Row("2014-01-01", ("Weight", "70")), Row("2026-11-20", ("Weight", "71"))]);

        var failed = report.Results[0];
        Assert.Equal(WellnessResultStatus.Failed, failed.Status);
        Assert.Equal("IcuWellnessReadFailed", failed.ErrorId);
        Assert.IsType<IcuServerException>(((IcuWellnessReadFailedException)failed.GetException()!).Cause);
        Assert.Equal(WellnessResultStatus.Sent, report.Results[1].Status);
        Assert.Null(ServerDay("2014-01-01"));
    }

    [Fact]
    public async Task RefusalEchoingTheKey_LeavesItOutOfEachResultsError()
    {
        Emulator.Faults.EchoCredentialNext(20, 422, IntervalsIcu.Emulator.Faults.CredentialEchoShape.JsonPair, pathContains: "wellness-bulk");

        var report = await UploadAsync([Row("2026-01-01", ("Steps", "100"))]);

        var result = Assert.Single(report.Results);
        Assert.Equal(WellnessResultStatus.Failed, result.Status);
        Assert.Contains("[redacted]", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(IntervalsIcu.Emulator.DemoData.DemoApiKey, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(IntervalsIcu.Emulator.DemoData.DemoApiKey, result.GetException()!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedBatch_IsHalvedUntilTheRefusedDatesAreFound()
    {
        Emulator.Faults.FailNext(1, 422, pathContains: "wellness-bulk");

        var report = await UploadAsync(Days(new DateOnly(2026, 1, 1), 4).Select(day => Row(WellnessDates.Text(day), ("Steps", "100"))).ToList());

        Assert.All(report.Results, result => Assert.Equal(WellnessResultStatus.Sent, result.Status));
        Assert.Equal(3, report.WriteRequests);
        Assert.Equal(4, ServerDayCount);
    }

    [Fact]
    public async Task AuthenticationFailureWhileSending_FailsTheRestWithoutSendingMore()
    {
        var rows = Days(new DateOnly(2026, 1, 1), 250).Select(day => Row(WellnessDates.Text(day), ("Steps", "100"))).ToList();
        Emulator.Faults.FailNext(1, 403, pathContains: "wellness-bulk");

        var report = await UploadAsync(rows);

        Assert.Equal(250, report.Count(WellnessResultStatus.Failed));
        Assert.Equal(1, Requests("PUT", "wellness-bulk"));
        var error = (IcuWellnessBatchFailedException)report.Results[^1].GetException()!;
        Assert.IsType<IcuAccessDeniedException>(error.Cause);
        Assert.Equal("IcuWellnessBatchFailed", error.ErrorId);
        Assert.Equal(IcuErrorCategory.PermissionDenied, error.Category);
    }

    [Fact]
    public async Task PersonalKey_RefusedReadingTheDays_IsToldAboutTheAthleteNotAScopeOrForce()
    {
        using var session = await SessionAsync();
        Emulator.Faults.FailNext(1, 403, pathContains: "/wellness");

        var error = await Assert.ThrowsAsync<IcuWellnessReadDeniedException>(
            () => WellnessUploader.UploadAsync(session, [Row("2001-02-03", ("Steps", "1234"))], new WellnessUploadOptions(), Log, CancellationToken.None));

        Assert.DoesNotContain("WELLNESS:READ", error.FixHint, StringComparison.Ordinal);
        Assert.DoesNotContain("-Force", error.FixHint, StringComparison.Ordinal);
        Assert.Contains("-AthleteId", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_RefusedOnAWellnessRead_IsToldAboutTheScopeNotThatItsKeyIsWrong()
    {
        using var session = await Connect.SessionAsync(Connect.WithToken(Emulator.BaseUri, DemoData.WellnessWriteToken, DemoData.DemoAthleteId), options: TestOptions.Fast);

        var error = await Assert.ThrowsAsync<IcuAccessDeniedException>(
            () => WellnessReader.ReadRangeAsync(session, new DateOnly(2001, 2, 3), new DateOnly(2001, 2, 3), Log, CancellationToken.None).ToListAsync().AsTask());

        Assert.Contains("WELLNESS:READ", error.FixHint, StringComparison.Ordinal);
        Assert.DoesNotContain("key is wrong", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteOnlyToken_CannotReadTheDays_SoNothingIsSentWithoutForce()
    {
        using var session = await Connect.SessionAsync(Connect.WithToken(Emulator.BaseUri, DemoData.WellnessWriteToken, DemoData.DemoAthleteId), options: TestOptions.Fast);
        var rows = new[] { Row("2001-02-03", ("Steps", "1234")) };

        var error = await Assert.ThrowsAsync<IcuWellnessReadDeniedException>(
            () => WellnessUploader.UploadAsync(session, rows, new WellnessUploadOptions(), Log, CancellationToken.None));
        var blind = await WellnessUploader.UploadAsync(session, rows, new WellnessUploadOptions { Force = true }, Log, CancellationToken.None);

        Assert.Equal("IcuWellnessReadDenied", error.ErrorId);
        Assert.Contains("WELLNESS:READ", error.FixHint, StringComparison.Ordinal);
        Assert.Equal(WellnessResultStatus.Sent, Assert.Single(blind.Results).Status);
        Assert.Contains(Log.Warnings, warning => warning.Contains("without the locked and unchanged checks", StringComparison.Ordinal));
    }
}
