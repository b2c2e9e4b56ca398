using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// Every athlete's workout library (api-facts §5.5): folders and plans (<c>Folder</c>) and the workouts in
/// them (<c>Workout</c>, each with its <c>folder_id</c>). Ids are int32 as on the server; folders are numbered
/// from 2400001, workouts from 31000001. Thread-safe; readers get copies.
/// </summary>
public sealed class WorkoutLibrary
{
    private readonly Lock _gate = new();
    private readonly List<(string AthleteId, JsonObject Folder)> _folders = [];
    private readonly List<(string AthleteId, JsonObject Workout)> _workouts = [];
    private int _lastFolderId = 2_400_000;
    private int _lastWorkoutId = 31_000_000;

    /// <summary>Stores a new folder or plan, giving it the next id; returns a copy as stored.</summary>
    public JsonObject AddFolder(string athleteId, JsonObject folder) => Add(_folders, ref _lastFolderId, athleteId, folder);

    /// <summary>Stores a new workout, giving it the next id; returns a copy as stored.</summary>
    public JsonObject AddWorkout(string athleteId, JsonObject workout) => Add(_workouts, ref _lastWorkoutId, athleteId, workout);

    /// <summary>Whether the athlete has a folder or plan with this id (another athlete's does not count).</summary>
    public bool HasFolder(string athleteId, int folderId)
    {
        lock (_gate)
        {
            return _folders.Any(entry => entry.AthleteId == athleteId && IdOf(entry.Folder) == folderId);
        }
    }

    /// <summary>The athlete's folders and plans in creation order, each with its workouts as <c>children</c> and their count.</summary>
    public IReadOnlyList<JsonObject> Folders(string athleteId)
    {
        lock (_gate)
        {
            return _folders.Where(entry => entry.AthleteId == athleteId).Select(entry =>
            {
                var folder = (JsonObject)entry.Folder.DeepClone();
                var children = WorkoutsIn(athleteId, IdOf(folder)).Select(child => (JsonNode?)child).ToArray();
                folder["children"] = new JsonArray(children);
                folder["num_workouts"] = children.Length;
                return folder;
            }).ToList();
        }
    }

    /// <summary>The athlete's whole library, in folder order, then by plan day and creation.</summary>
    public IReadOnlyList<JsonObject> Workouts(string athleteId)
    {
        lock (_gate)
        {
            return _folders.Where(entry => entry.AthleteId == athleteId).SelectMany(entry => WorkoutsIn(athleteId, IdOf(entry.Folder))).ToList();
        }
    }

    public JsonObject? FindWorkout(string athleteId, int workoutId)
    {
        lock (_gate)
        {
            return _workouts.Where(entry => entry.AthleteId == athleteId && IdOf(entry.Workout) == workoutId)
                .Select(entry => (JsonObject)entry.Workout.DeepClone())
                .FirstOrDefault();
        }
    }

    private IEnumerable<JsonObject> WorkoutsIn(string athleteId, int folderId) =>
        _workouts.Where(entry => entry.AthleteId == athleteId && entry.Workout["folder_id"]?.GetValue<int>() == folderId)
            .OrderBy(entry => entry.Workout["day"]?.GetValue<int>() ?? 0)
            .Select(entry => (JsonObject)entry.Workout.DeepClone())
            .ToList();

    private JsonObject Add(List<(string AthleteId, JsonObject Record)> records, ref int lastId, string athleteId, JsonObject record)
    {
        lock (_gate)
        {
            record["id"] = ++lastId;
            record["athlete_id"] = athleteId;
            records.Add((athleteId, record));
            return (JsonObject)record.DeepClone();
        }
    }

    private static int IdOf(JsonObject record) => record["id"]!.GetValue<int>();
}
