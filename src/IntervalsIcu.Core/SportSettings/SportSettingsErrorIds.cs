namespace IntervalsIcu.Core.SportSettings;

/// <summary>The sport settings' ErrorIds: public contract, scripts match on them.</summary>
public static class SportSettingsErrorIds
{
    public const string SportSettingsNotFound = "IcuSportSettingNotFound";
}
