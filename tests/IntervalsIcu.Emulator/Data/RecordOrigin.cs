namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// Who created a record and in which request. <see cref="Scope"/> is the credential scope external_id
/// matching is confined to; <see cref="Batch"/> numbers the write request.
/// </summary>
public sealed record RecordOrigin(string Scope, int Batch);
