using System.IO.Compression;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Core.Tests.Activities;

/// <summary>Save-IcuActivityFile and Import-IcuActivity: gzip handling, names, no silent overwrite, upload dedupe.</summary>
public sealed class ActivityFileTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly EmulatorServer emulator;
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("icu-activity-files-");

    public ActivityFileTests(EmulatorFixture fixture)
    {
        emulator = fixture.Fresh();
    }

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task Save_Original_IsDecompressedAndNamedAfterTheIdAndTheServersName()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var ride = LastOfType("Ride");

        var file = await ActivityFileDownloader.SaveAsync(session, ride, folder.FullName, ActivityFileFormat.Original, keepCompressed: false, overwrite: false, new CapturingLog(), CancellationToken.None);

        Assert.Matches($"^{ride}_\\d{{4}}-\\d{{2}}-\\d{{2}}-\\d{{2}}-\\d{{2}}-\\d{{2}}\\.fit$", file.Name);
        Assert.Equal(DemoActivityFiles.FitFile(ride), await File.ReadAllBytesAsync(file.FullName));
        Assert.Single(folder.GetFiles());
    }

    [Fact]
    public async Task Save_Compressed_KeepsTheGzipAsServed()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var ride = LastOfType("Ride");

        var file = await ActivityFileDownloader.SaveAsync(session, ride, folder.FullName, ActivityFileFormat.Original, keepCompressed: true, overwrite: false, new CapturingLog(), CancellationToken.None);

        Assert.EndsWith(".fit.gz", file.Name, StringComparison.Ordinal);
        await using var gzip = new GZipStream(file.OpenRead(), CompressionMode.Decompress);
        using var content = new MemoryStream();
        await gzip.CopyToAsync(content);
        Assert.Equal(DemoActivityFiles.FitFile(ride), content.ToArray());
    }

    [Fact]
    public async Task Save_ExistingFile_IsNotOverwrittenUnlessAskedTo()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var run = LastOfType("Run");
        var first = await ActivityFileDownloader.SaveAsync(session, run, folder.FullName, ActivityFileFormat.Gpx, false, false, new CapturingLog(), CancellationToken.None);
        await File.WriteAllTextAsync(first.FullName, "mine");

        var error = await Assert.ThrowsAsync<IcuActivityException>(
            () => ActivityFileDownloader.SaveAsync(session, run, folder.FullName, ActivityFileFormat.Gpx, false, false, new CapturingLog(), CancellationToken.None));
        Assert.Equal("mine", await File.ReadAllTextAsync(first.FullName));
        var replaced = await ActivityFileDownloader.SaveAsync(session, run, folder.FullName, ActivityFileFormat.Gpx, false, overwrite: true, new CapturingLog(), CancellationToken.None);

        Assert.Equal("IcuActivityFileExists", error.ErrorId);
        Assert.Equal($"{run}.gpx", replaced.Name);
        Assert.StartsWith("<?xml", await File.ReadAllTextAsync(replaced.FullName), StringComparison.Ordinal);
        Assert.Single(folder.GetFiles());
    }

    [Fact]
    public async Task Save_StravaStubOrMissingFolder_SayWhy()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var stub = emulator.State.Activities.List(DemoData.DemoAthleteId, DateTime.MinValue, DateTime.MaxValue).First(DemoActivities.IsStravaStub)["id"]!.GetValue<string>();

        var unavailable = await Assert.ThrowsAsync<IcuActivityException>(
            () => ActivityFileDownloader.SaveAsync(session, stub, folder.FullName, ActivityFileFormat.Original, false, false, new CapturingLog(), CancellationToken.None));
        var noFolder = await Assert.ThrowsAsync<IcuActivityException>(
            () => ActivityFileDownloader.SaveAsync(session, stub, Path.Combine(folder.FullName, "missing"), ActivityFileFormat.Original, false, false, new CapturingLog(), CancellationToken.None));

        Assert.Equal("IcuActivityFileUnavailable", unavailable.ErrorId);
        Assert.Contains("Cannot read Strava activities", unavailable.Message, StringComparison.Ordinal);
        Assert.Equal("IcuActivityDirectoryNotFound", noFolder.ErrorId);
        Assert.Empty(folder.GetFiles());
    }

    [Theory]
    [InlineData("2024-05-01.fit.gz", true, "i9_2024-05-01.fit.gz")]
    [InlineData("2024-05-01.fit.gz", false, "i9_2024-05-01.fit")]
    [InlineData("../../etc/passwd", false, "i9_passwd.fit")]
    [InlineData("i9.gpx", false, "i9.fit")]
    [InlineData(null, false, "i9.fit")]
    public void FileName_ComesFromIdAndServerName_AndNeverLeavesTheFolder(string? serverName, bool compressed, string expected)
    {
        Assert.Equal(expected, ActivityFileNames.For("i9", serverName, ActivityFileFormat.Fit, [], compressed));
    }

    [Theory]
    [InlineData("x\u202Etif.exe", ActivityFileFormat.Original, "i9_xtif.fit")]
    [InlineData("ride\u200B\u2066.fit\u2069", ActivityFileFormat.Original, "i9_ride.fit")]
    [InlineData("track.exe", ActivityFileFormat.Gpx, "i9_track.gpx")]
    [InlineData("evil.bat", ActivityFileFormat.Fit, "i9_evil.fit")]
    public void FileName_ExtensionComesFromTheFormat_AndInvisibleOrBidiCharactersAreDropped(string serverName, ActivityFileFormat format, string expected)
    {
        var fit = DemoActivityFiles.FitFile("names");

        Assert.Equal(expected, ActivityFileNames.For("i9", serverName, format, fit, compressed: false));
    }

    [Fact]
    public async Task Upload_FileNameWithAQuote_IsUploadedUnderACleanName()
    {
        using var session = await ActivityTestData.AthleteWithAsync(emulator);
        var path = Path.Combine(folder.FullName, "b\"quote\u00E9.fit");
        await File.WriteAllBytesAsync(path, DemoActivityFiles.FitFile("quote " + Guid.NewGuid()));

        var upload = await ActivityUploader.UploadAsync(session, path, new ActivityUploadOptions(), new CapturingLog(), CancellationToken.None);

        Assert.Equal(IcuActivityUploadStatus.Created, upload.Status);
        Assert.Contains("filename=b_quote_.fit", emulator.Requests.Last!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_Folder_IsRefusedNamingTheWayToUploadItsFiles()
    {
        using var session = await ActivityTestData.AthleteWithAsync(emulator);

        var error = await Assert.ThrowsAsync<IcuActivityException>(
            () => ActivityUploader.UploadAsync(session, folder.FullName, new ActivityUploadOptions(), new CapturingLog(), CancellationToken.None));

        Assert.Equal("IcuActivityPathIsFolder", error.ErrorId);
        Assert.Contains("Get-ChildItem", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_PathThatIsAFileName_SaysItWantsAFolder()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);

        var error = await Assert.ThrowsAsync<IcuActivityException>(
            () => ActivityFileDownloader.SaveAsync(session, LastOfType("Ride"), Path.Combine(folder.FullName, "ride.fit"), ActivityFileFormat.Fit, false, false, new CapturingLog(), CancellationToken.None));

        Assert.Equal("IcuActivitySavePathIsFile", error.ErrorId);
        Assert.Contains("Rename-Item", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OfADeletedActivitysFile_IsMarkedAsItsTombstone_AndCanBeUploadedAgainOnceRemoved()
    {
        using var session = await ActivityTestData.AthleteWithAsync(emulator);
        var path = Path.Combine(folder.FullName, "again.fit");
        await File.WriteAllBytesAsync(path, DemoActivityFiles.FitFile("tombstone " + Guid.NewGuid()));
        var created = await ActivityUploader.UploadAsync(session, path, new ActivityUploadOptions(), new CapturingLog(), CancellationToken.None);
        await ActivityWriter.DeleteAsync(session, created.Id!, new CapturingLog(), CancellationToken.None);

        var blocked = await ActivityUploader.UploadAsync(session, path, new ActivityUploadOptions(), new CapturingLog(), CancellationToken.None);
        await ActivityUploader.RemoveTombstoneAsync(session, blocked.Id!, new CapturingLog(), CancellationToken.None);
        var again = await ActivityUploader.UploadAsync(session, path, new ActivityUploadOptions(), new CapturingLog(), CancellationToken.None);

        Assert.True(blocked.Tombstone);
        Assert.Equal(created.Id, blocked.Id);
        Assert.Equal(IcuActivityUploadStatus.Created, again.Status);
        Assert.False(again.Tombstone);
    }

    [Fact]
    public async Task Upload_NewFileIsCreated_TheSameAgainIsADuplicate_AlsoAfterDelete()
    {
        using var session = await ActivityTestData.AthleteWithAsync(emulator);
        var path = Path.Combine(folder.FullName, "morning-run.fit");
        await File.WriteAllBytesAsync(path, DemoActivityFiles.FitFile("upload " + Guid.NewGuid()));
        var options = new ActivityUploadOptions { Name = "Morning run", ExternalId = "garmin-42", PairedEventId = 7 };

        var created = await ActivityUploader.UploadAsync(session, path, options, new CapturingLog(), CancellationToken.None);
        var request = emulator.Requests.Last!;
        var duplicate = await ActivityUploader.UploadAsync(session, path, options, new CapturingLog(), CancellationToken.None);
        await ActivityWriter.DeleteAsync(session, created.Id!, new CapturingLog(), CancellationToken.None);
        var afterDelete = await ActivityUploader.UploadAsync(session, path, options, new CapturingLog(), CancellationToken.None);

        Assert.Equal((IcuActivityUploadStatus.Created, 201), (created.Status, request.StatusCode));
        Assert.True(created.Created);
        Assert.Matches("Content-Disposition: form-data; name=\"?file\"?; filename=\"?morning-run.fit", request.Body);
        Assert.Contains("external_id=garmin-42", request.QueryString, StringComparison.Ordinal);
        Assert.Equal(IcuActivityUploadStatus.Duplicate, duplicate.Status);
        Assert.Equal(created.Id, duplicate.Id);
        Assert.Equal(IcuActivityUploadStatus.Duplicate, afterDelete.Status);
        Assert.Empty(afterDelete.ActivityIds);
        var stored = emulator.State.Activities.List(session.AthleteId, DateTime.MinValue, DateTime.MaxValue);
        Assert.Empty(stored);
    }

    [Fact]
    public async Task Upload_UnsupportedOrMissingFile_IsRefusedBeforeAnyRequest()
    {
        using var session = await ActivityTestData.AthleteWithAsync(emulator);
        var text = Path.Combine(folder.FullName, "notes.txt");
        await File.WriteAllTextAsync(text, "not an activity");
        emulator.Requests.Clear();

        var unsupported = await Assert.ThrowsAsync<IcuActivityException>(() => ActivityUploader.UploadAsync(session, text, new ActivityUploadOptions(), new CapturingLog(), CancellationToken.None));
        var missing = await Assert.ThrowsAsync<IcuActivityException>(
            () => ActivityUploader.UploadAsync(session, Path.Combine(folder.FullName, "gone.fit"), new ActivityUploadOptions(), new CapturingLog(), CancellationToken.None));

        Assert.Equal("IcuUnsupportedActivityFile", unsupported.ErrorId);
        Assert.Equal("IcuActivityFileNotFound", missing.ErrorId);
        Assert.Equal(0, emulator.Requests.Count());
    }

    [Fact]
    public async Task Upload_IsNeverRetried_EvenOnA503()
    {
        using var session = await ActivityTestData.AthleteWithAsync(emulator);
        var path = Path.Combine(folder.FullName, "ride.fit");
        await File.WriteAllBytesAsync(path, DemoActivityFiles.FitFile("retry " + Guid.NewGuid()));
        emulator.Requests.Clear();
        emulator.Faults.FailNext(1, 503);

        await Assert.ThrowsAsync<IcuServerException>(() => ActivityUploader.UploadAsync(session, path, new ActivityUploadOptions(), new CapturingLog(), CancellationToken.None));

        Assert.Equal(1, emulator.Requests.Count("POST", "/activities"));
    }

    private string LastOfType(string type) =>
        emulator.State.Activities.List(DemoData.DemoAthleteId, DateTime.MinValue, DateTime.MaxValue)
            .Last(activity => activity["type"]?.GetValue<string>() == type)["id"]!.GetValue<string>();
}
