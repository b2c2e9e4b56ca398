namespace IntervalsIcu.Emulator.Auth;

/// <summary>Which athlete ids in a path a caller may use (api-facts §2.2).</summary>
internal sealed class AthleteAccessPolicy(EmulatorState state)
{
    /// <summary>"0" stands for the credential's own athlete in every athlete path (forum t/609 post 480).</summary>
    public const string CallerAlias = "0";

    /// <summary>The athlete the path id names, or null when the caller may not act for it (answered 403).</summary>
    public EmulatedAthlete? Resolve(string pathAthleteId, ApiCaller caller)
    {
        if (pathAthleteId == CallerAlias || pathAthleteId == caller.AthleteId)
        {
            return state.FindAthlete(caller.AthleteId);
        }

        // A coach passes the coached athlete's id (api-facts §2.2). Ids compare exactly: "i100001" and
        // "100001" are different accounts, and an all-digit id is only valid if such an account exists.
        // Anyone else's id, or one that does not exist, is 403 Access denied (api-facts §3, inference for
        // the not-coached case; the 2021 answer of 401 is outdated).
        return state.Coaches(caller.AthleteId, pathAthleteId) ? state.FindAthlete(pathAthleteId) : null;
    }
}
