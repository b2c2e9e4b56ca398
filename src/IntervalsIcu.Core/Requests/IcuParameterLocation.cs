namespace IntervalsIcu.Core.Requests;

public enum IcuParameterLocation
{
    Path,
    Query,
}
