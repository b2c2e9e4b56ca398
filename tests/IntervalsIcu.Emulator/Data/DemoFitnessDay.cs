namespace IntervalsIcu.Emulator.Data;

/// <summary>One day of the fitness chart: fitness (CTL), fatigue (ATL), the CTL ramp over a week and the day's training load.</summary>
public sealed record DemoFitnessDay(double Ctl, double Atl, double RampRate, double Load);
