namespace IntervalsIcu.Core.Activities;

/// <summary>The ErrorIds of activity failures found before or after a request; public contract, like every ErrorId.</summary>
public static class ActivityErrorIds
{
    public const string InvalidActivityRange = "IcuInvalidActivityRange";
    public const string InvalidActivityId = "IcuInvalidActivityId";
    public const string ActivityNotFound = "IcuActivityNotFound";
    public const string ActivityFileExists = "IcuActivityFileExists";
    public const string ActivityDirectoryNotFound = "IcuActivityDirectoryNotFound";
    public const string ActivityFileNotFound = "IcuActivityFileNotFound";
    public const string ActivityPathIsFolder = "IcuActivityPathIsFolder";
    public const string ActivitySavePathIsFile = "IcuActivitySavePathIsFile";
    public const string UnsupportedActivityFile = "IcuUnsupportedActivityFile";
    public const string NoActivityChange = "IcuNoActivityChange";
    public const string ActivityFileUnavailable = "IcuActivityFileUnavailable";
    public const string UnknownActivityType = "IcuUnknownActivityType";
    public const string UnknownStreamType = "IcuUnknownStreamType";
}
