using System.Text.Json;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// The item reads of lists of strings and numbers: as the serializer reads a <c>List&lt;T&gt;</c> with the
/// models' options (a null string stays null; a null number is an error, as it cannot be held).
/// </summary>
internal static class JsonScalarReads
{
    public readonly struct String : IJsonScalarRead<string>
    {
        // A null item stays null, as in the serializer's List<string>.
        public static string Read(ref Utf8JsonReader reader, string field) => JsonValueReader.ReadString(ref reader, field)!;
    }

    public readonly struct Int32 : IJsonScalarRead<int>
    {
        public static int Read(ref Utf8JsonReader reader, string field) =>
            JsonValueReader.ReadInt32(ref reader, field) ?? throw JsonValueReader.WrongKind(reader.TokenType, field, "Int32");
    }

    public readonly struct Int64 : IJsonScalarRead<long>
    {
        public static long Read(ref Utf8JsonReader reader, string field) =>
            JsonValueReader.ReadInt64(ref reader, field) ?? throw JsonValueReader.WrongKind(reader.TokenType, field, "Int64");
    }

    public readonly struct Double : IJsonScalarRead<double>
    {
        public static double Read(ref Utf8JsonReader reader, string field) =>
            JsonValueReader.ReadDouble(ref reader, field) ?? throw JsonValueReader.WrongKind(reader.TokenType, field, "Double");
    }

    public readonly struct Boolean : IJsonScalarRead<bool>
    {
        public static bool Read(ref Utf8JsonReader reader, string field) =>
            JsonValueReader.ReadBoolean(ref reader, field) ?? throw JsonValueReader.WrongKind(reader.TokenType, field, "Boolean");
    }
}
