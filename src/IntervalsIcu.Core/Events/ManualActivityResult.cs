using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Events;

/// <summary>One manual activity row's outcome: the activity the server stored, or the error.</summary>
public sealed record ManualActivityResult(IcuActivity? Activity, IcuException? Error, object? Source);
