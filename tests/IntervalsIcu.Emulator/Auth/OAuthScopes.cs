namespace IntervalsIcu.Emulator;

/// <summary>The OAuth scope strings the emulator knows, <c>AREA:READ</c> / <c>AREA:WRITE</c> (api-facts §2.4).</summary>
public static class OAuthScopes
{
    public const string ActivityRead = "ACTIVITY:READ";
    public const string ActivityWrite = "ACTIVITY:WRITE";
    public const string WellnessRead = "WELLNESS:READ";
    public const string WellnessWrite = "WELLNESS:WRITE";
    public const string CalendarRead = "CALENDAR:READ";
    public const string CalendarWrite = "CALENDAR:WRITE";
    public const string LibraryRead = "LIBRARY:READ";
    public const string LibraryWrite = "LIBRARY:WRITE";
    public const string SettingsRead = "SETTINGS:READ";
    public const string SettingsWrite = "SETTINGS:WRITE";
    public const string ChatsRead = "CHATS:READ";
    public const string ChatsWrite = "CHATS:WRITE";
}
