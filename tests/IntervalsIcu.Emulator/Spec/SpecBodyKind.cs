namespace IntervalsIcu.Emulator.Spec;

internal enum SpecBodyKind
{
    None,
    Json,
    Multipart,
}
