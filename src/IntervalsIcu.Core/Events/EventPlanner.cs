using System.Globalization;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Events;

/// <summary>
/// Reads each athlete's calendar over the input's date range (one request per athlete) and decides per
/// row: Created (no event with its external_id), Updated (the diff), Unchanged (nothing would change:
/// nothing is sent), or Failed (unreadable row). Rows changing an event by Id alone read that event.
/// With -Prune, the plan's events in that range that the input no longer has become removals.
/// Nothing is written here: -WhatIf stops after this.
/// </summary>
internal static class EventPlanner
{
    public static async Task<EventPlan> PlanAsync(IcuSession session, IReadOnlyList<EventRow> rows, EventUploadOptions options, IIcuLog log, CancellationToken cancellationToken)
    {
        var settled = new List<(int Order, IcuEventResult Result)>();
        var drafts = new List<EventDraft>();
        var seenExternalIds = new HashSet<(string, string)>();
        for (var order = 0; order < rows.Count; order++)
        {
            var (draft, error) = EventRowParser.Parse(rows[order], order, session.AthleteId);
            if (draft is not null && draft.ExternalId is { } externalId && !seenExternalIds.Add((draft.AthleteId, externalId)))
            {
                error = new IcuEventException(
                    EventErrorIds.InvalidRow, IcuErrorCategory.InvalidData,
                    string.Format(CultureInfo.InvariantCulture, EventMessages.RowFailed, draft.Label, "ExternalId " + externalId + " is in the input twice."), EventMessages.FixInvalidRow);
                draft = null;
            }

            if (draft is null)
            {
                settled.Add((order, Failed(rows[order], error!)));
            }
            else
            {
                drafts.Add(draft);
            }
        }

        var prefix = options.Prune ? RequirePlanPrefix(drafts) : null;
        var writes = new List<EventPlannedWrite>();
        var removals = new List<EventPlannedRemoval>();
        var reads = 0;
        foreach (var athlete in drafts.GroupBy(draft => draft.AthleteId, StringComparer.Ordinal))
        {
            var dated = athlete.Where(draft => draft.Start != default).ToList();
            List<JsonObject> calendar = [];
            try
            {
                if (dated.Count > 0)
                {
                    reads++;
                    var listed = await EventJson.SendAsync(
                        session, EventRequests.List(athlete.Key, dated.Min(draft => draft.Start).Date, dated.Max(draft => draft.Start).Date, []), log, cancellationToken).ConfigureAwait(false);
                    calendar = (listed as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
                }
            }
            catch (IcuException failure) when (failure is not IcuAuthenticationException)
            {
                var error = new IcuEventException(
                    EventErrorIds.ReadFailed, failure.Category, string.Format(CultureInfo.InvariantCulture, EventMessages.ReadFailed, athlete.Key, failure.Message), failure.FixHint, failure);
                settled.AddRange(athlete.Select(draft => (draft.Order, Failed(draft, error))));
                continue;
            }

            // external_id matching is per credential (api-facts §5.4): only events this kind of credential can have made count.
            var ours = calendar.Where(existing => ExternalIdOf(existing) is not null && MadeBySameKindOfCredential(session, existing)).ToList();
            var byExternalId = ours
                .GroupBy(existing => ExternalIdOf(existing)!, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
            foreach (var draft in athlete)
            {
                JsonObject? existing = null;
                if (draft.ExternalId is { } externalId)
                {
                    existing = byExternalId.GetValueOrDefault(externalId);
                }
                else if (draft.Id is { } id)
                {
                    try
                    {
                        reads++;
                        existing = await EventJson.SendAsync(session, EventRequests.Get(draft.AthleteId, id), log, cancellationToken).ConfigureAwait(false) as JsonObject;
                    }
                    catch (IcuException failure) when (failure is not IcuAuthenticationException)
                    {
                        settled.Add((draft.Order, Failed(draft, new IcuEventException(
                            EventErrorIds.ReadFailed, failure.Category, string.Format(CultureInfo.InvariantCulture, EventMessages.RowFailed, draft.Label, failure.Message), failure.FixHint, failure))));
                        continue;
                    }
                }

                var changes = EventDiff.Compare(existing, draft.Body);
                if (existing is not null && changes.Count == 0)
                {
                    settled.Add((draft.Order, new IcuEventResult(
                        EventResultStatus.Unchanged, draft.AthleteId, existing["id"]?.GetValue<int>(), draft.Start == default ? null : draft.Start, NameOf(draft, existing), draft.ExternalId, [], null, draft.Source)));
                    continue;
                }

                writes.Add(new EventPlannedWrite(draft, existing is null ? EventResultStatus.Created : EventResultStatus.Updated, existing?["id"]?.GetValue<int>(), changes));
            }

            if (prefix is not null && dated.Count > 0)
            {
                var inputIds = athlete.Select(draft => draft.ExternalId).OfType<string>().ToHashSet(StringComparer.Ordinal);
                removals.AddRange(ours
                    .Where(existing => ExternalIdOf(existing) is { } id && id.StartsWith(prefix, StringComparison.Ordinal) && !inputIds.Contains(id))
                    .DistinctBy(ExternalIdOf)
                    .Select(existing => EventPlannedRemoval.From(athlete.Key, existing)));
            }
        }

        log.Verbose(string.Format(
            CultureInfo.InvariantCulture, EventMessages.LogPlan, session.AthleteId,
            writes.Count(write => write.Status == EventResultStatus.Created), writes.Count(write => write.Status == EventResultStatus.Updated),
            settled.Count(entry => entry.Result.Status == EventResultStatus.Unchanged), settled.Count(entry => entry.Result.Status == EventResultStatus.Failed),
            removals.Count, reads));
        return new EventPlan(writes, removals, settled, reads, options);
    }

    /// <summary>The plan's prefix, or the refusal that stops the command (a bad parameter combination).</summary>
    private static string RequirePlanPrefix(IReadOnlyList<EventDraft> drafts)
    {
        var externalIds = drafts.Select(draft => draft.ExternalId).OfType<string>().ToList();
        if (externalIds.Count == drafts.Count && PlanPrefix.From(externalIds) is { } prefix)
        {
            return prefix;
        }

        var shown = externalIds.Count == 0 ? "no ExternalId" : string.Join(", ", externalIds.Take(3)) + (externalIds.Count < drafts.Count ? ", and rows without one" : string.Empty);
        throw new IcuEventException(
            EventErrorIds.PruneNeedsPlanIds, IcuErrorCategory.InvalidArgument, string.Format(CultureInfo.InvariantCulture, EventMessages.PruneNeedsPlanIds, shown), EventMessages.FixPruneNeedsPlanIds);
    }

    /// <summary>
    /// An event an OAuth app made carries its <c>oauth_client_id</c>; one made with a personal key does not,
    /// and carries its maker in <c>created_by_id</c> (inference). So a token session only matches events
    /// with a client id, a key session only events without one made by the key's owner (when known).
    /// </summary>
    private static bool MadeBySameKindOfCredential(IcuSession session, JsonObject existing)
    {
        if (session.AuthScheme == Auth.IcuAuthScheme.AccessToken)
        {
            return existing["oauth_client_id"] is JsonValue;
        }

        // A personal key's scope is its owner (inference): a coach's plan never matches the athlete's own events.
        return existing["oauth_client_id"] is not JsonValue
            && (session.KeyAthleteId is not { } owner || existing["created_by_id"] is not JsonValue creator || creator.GetValue<string>() == owner);
    }

    private static string? ExternalIdOf(JsonObject existing) =>
        existing["external_id"] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    private static string? NameOf(EventDraft draft, JsonObject? existing) =>
        draft.Body["name"]?.GetValue<string>() ?? (existing?["name"] is JsonValue name && name.TryGetValue<string>(out var text) ? text : null);

    internal static IcuEventResult Failed(EventDraft draft, IcuException error) =>
        new(EventResultStatus.Failed, draft.AthleteId, draft.Id, draft.Start == default ? null : draft.Start, NameOf(draft, null), draft.ExternalId, [], error, draft.Source);

    private static IcuEventResult Failed(EventRow row, IcuException error) =>
        new(EventResultStatus.Failed, row.AthleteId, null, LocalDateReader.TryReadDate(row.Date, out var date) ? date : null, row.Name, row.ExternalId, [], error, row.Source);
}
