using System.Text.Json.Serialization;

namespace IntervalsIcu.Core.Model;

/// <summary>
/// The thresholds people look for, as columns of their own: the sport settings of Ride, Run and Swim
/// (the settings whose Types list the sport) flattened into RideFtp, RunLthr, SwimThresholdPace and so
/// on. SportSettings itself keeps everything (a CSV cell holds its JSON). Not serialized.
/// </summary>
public sealed partial class IcuAthlete
{
    [JsonIgnore] public int? RideFtp => SportSettingsFor("Ride")?.Ftp;
    [JsonIgnore] public int? RideIndoorFtp => SportSettingsFor("Ride")?.IndoorFtp;
    [JsonIgnore] public int? RideLthr => SportSettingsFor("Ride")?.Lthr;
    [JsonIgnore] public int? RideMaxHr => SportSettingsFor("Ride")?.MaxHr;

    [JsonIgnore] public int? RunFtp => SportSettingsFor("Run")?.Ftp;
    [JsonIgnore] public int? RunLthr => SportSettingsFor("Run")?.Lthr;
    [JsonIgnore] public int? RunMaxHr => SportSettingsFor("Run")?.MaxHr;

    /// <summary>Run threshold pace in metres per second, as the API gives it.</summary>
    [JsonIgnore] public double? RunThresholdPace => SportSettingsFor("Run")?.ThresholdPace;

    [JsonIgnore] public int? SwimLthr => SportSettingsFor("Swim")?.Lthr;
    [JsonIgnore] public int? SwimMaxHr => SportSettingsFor("Swim")?.MaxHr;

    /// <summary>Swim threshold pace in metres per second, as the API gives it.</summary>
    [JsonIgnore] public double? SwimThresholdPace => SportSettingsFor("Swim")?.ThresholdPace;

    /// <summary>The sport settings that apply to <paramref name="sport"/>, if the athlete has any.</summary>
    public IcuSportSettings? SportSettingsFor(string sport) =>
        SportSettings?.FirstOrDefault(settings => settings.Types?.Contains(sport, StringComparer.OrdinalIgnoreCase) == true);
}
