using System.Globalization;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Activities;

/// <summary>An activity input or result the module refuses itself: a bad range or id, an existing file, a file type the server would refuse.</summary>
public sealed class IcuActivityException : IcuException
{
    private IcuActivityException(string errorId, IcuErrorCategory category, string message, string fixHint)
        : base(message, fixHint)
    {
        ErrorId = errorId;
        Category = category;
    }

    public override string ErrorId { get; }

    public override IcuErrorCategory Category { get; }

    public static IcuActivityException InvertedRange(DateTime oldest, DateTime newest) => new(
        ActivityErrorIds.InvalidActivityRange, IcuErrorCategory.InvalidArgument,
        Format(ActivityMessages.RangeInverted, oldest.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), newest.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
        ActivityMessages.FixRangeInverted);

    public static IcuActivityException InvalidId(string id) => new(
        ActivityErrorIds.InvalidActivityId, IcuErrorCategory.InvalidArgument, Format(ActivityMessages.InvalidActivityId, id), ActivityMessages.FixInvalidActivityId);

    public static IcuActivityException NotFound(string id) => new(
        ActivityErrorIds.ActivityNotFound, IcuErrorCategory.ObjectNotFound, Format(ActivityMessages.ActivityNotFound, id), ActivityMessages.FixActivityNotFound);

    public static IcuActivityException FileExists(string path) => new(
        ActivityErrorIds.ActivityFileExists, IcuErrorCategory.InvalidOperation, Format(ActivityMessages.FileExists, path), ActivityMessages.FixFileExists);

    public static IcuActivityException DirectoryNotFound(string path) => new(
        ActivityErrorIds.ActivityDirectoryNotFound, IcuErrorCategory.ObjectNotFound, Format(ActivityMessages.DirectoryNotFound, path), ActivityMessages.FixDirectoryNotFound);

    public static IcuActivityException FileNotFound(string path) => new(
        ActivityErrorIds.ActivityFileNotFound, IcuErrorCategory.ObjectNotFound, Format(ActivityMessages.UploadFileNotFound, path), ActivityMessages.FixUploadFileNotFound);

    public static IcuActivityException PathIsFolder(string path) => new(
        ActivityErrorIds.ActivityPathIsFolder, IcuErrorCategory.InvalidArgument, Format(ActivityMessages.PathIsFolder, path), Format(ActivityMessages.FixPathIsFolder, path));

    public static IcuActivityException SavePathIsFile(string path) => new(
        ActivityErrorIds.ActivitySavePathIsFile, IcuErrorCategory.InvalidArgument, Format(ActivityMessages.SavePathIsFile, path), ActivityMessages.FixSavePathIsFile);

    public static IcuActivityException UnsupportedFile(string path) => new(
        ActivityErrorIds.UnsupportedActivityFile, IcuErrorCategory.InvalidArgument, Format(ActivityMessages.UnsupportedFile, path), ActivityMessages.FixUnsupportedFile);

    public static IcuActivityException NoChange(string id) => new(
        ActivityErrorIds.NoActivityChange, IcuErrorCategory.InvalidArgument, Format(ActivityMessages.NoChange, id), ActivityMessages.FixNoChange);

    public static IcuActivityException FileUnavailable(string id, string reason) => new(
        ActivityErrorIds.ActivityFileUnavailable, IcuErrorCategory.ResourceUnavailable, Format(ActivityMessages.FileUnavailable, id, reason), ActivityMessages.FixFileUnavailable);

    public static IcuActivityException UnknownActivityType(string type, string? nearest, IReadOnlyList<string> known) => new(
        ActivityErrorIds.UnknownActivityType, IcuErrorCategory.InvalidArgument,
        Format(nearest is null ? ActivityMessages.UnknownActivityType : ActivityMessages.UnknownActivityTypeNearest, type, nearest ?? string.Empty),
        Format(ActivityMessages.FixUnknownType, string.Join(", ", known)));

    public static IcuActivityException UnknownStreamType(string type, string? nearest, IReadOnlyList<string> known) => new(
        ActivityErrorIds.UnknownStreamType, IcuErrorCategory.InvalidArgument,
        Format(nearest is null ? ActivityMessages.UnknownStreamType : ActivityMessages.UnknownStreamTypeNearest, type, nearest ?? string.Empty),
        Format(ActivityMessages.FixUnknownType, string.Join(", ", known)));

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
