using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>The spec's athlete schemas, each a projection of the stored <c>WithSportSettings</c> document.</summary>
internal static class AthleteViews
{
    private static readonly string[] ProfileFields =
    [
        "id", "name", "profile_medium", "city", "state", "country", "timezone", "sex", "bio", "website",
        "email", "countries", "languages", "icu_coach",
    ];

    /// <summary><c>WithSportSettings</c>: the athlete plus <c>sportSettings</c> and <c>custom_items</c>.</summary>
    public static JsonObject WithSportSettings(EmulatedAthlete athlete) => athlete.CloneDocument();

    /// <summary><c>Athlete</c>, what <c>PUT /athlete/{id}</c> returns: no sport settings, no custom items.</summary>
    public static JsonObject Athlete(EmulatedAthlete athlete)
    {
        var document = athlete.CloneDocument();
        document.Remove("sportSettings");
        document.Remove("custom_items");
        return document;
    }

    /// <summary><c>AthleteWithTags</c>, an entry of <c>GET /athletes</c>: the athlete plus the caller's tags and notes.</summary>
    public static JsonObject WithTags(EmulatedAthlete athlete)
    {
        var document = Athlete(athlete);
        document["icu_tags"] = new JsonArray();
        document["icu_notes"] = null;
        return document;
    }

    /// <summary><c>AthleteProfile</c>: <c>AthleteForProfile</c> plus shared folders and custom items.</summary>
    public static JsonObject Profile(EmulatedAthlete athlete)
    {
        var document = athlete.CloneDocument();
        var forProfile = new JsonObject();
        foreach (var field in ProfileFields)
        {
            forProfile[field] = document[field]?.DeepClone();
        }

        return new JsonObject
        {
            ["athlete"] = forProfile,
            ["sharedFolders"] = new JsonArray(),
            ["customItems"] = document["custom_items"]?.DeepClone() ?? new JsonArray(),
        };
    }
}
