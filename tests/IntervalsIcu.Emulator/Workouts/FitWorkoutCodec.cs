using System.Buffers.Binary;
using System.Text;

namespace IntervalsIcu.Emulator.Workouts;

/// <summary>
/// A FIT workout file as trainer apps and head units read it: header, <c>file_id</c> (type workout),
/// <c>workout</c> and one <c>workout_step</c> per step (time duration in ms, power target in the FIT
/// convention where 0–1000 means % FTP), then the CRC. Repeats are unrolled. The reader understands
/// the files this writer makes and any FIT workout with plain (uncompressed, no developer data) records.
/// </summary>
internal static class FitWorkoutCodec
{
    private const ushort FileIdMessage = 0;
    private const ushort WorkoutMessage = 26;
    private const ushort WorkoutStepMessage = 27;
    private const byte EnumType = 0x00;
    private const byte StringType = 0x07;
    private const byte UInt16Type = 0x84;
    private const byte UInt32Type = 0x86;
    private const byte DurationTypeTime = 0;
    private const byte TargetTypePower = 4;
    private const byte TargetTypeOpen = 2;

    private static readonly ushort[] CrcTable =
        [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400];

    public static byte[] Encode(Workout workout, string name, string sportType)
    {
        var steps = workout.FlatSteps().ToList();
        var nameBytes = Encoding.UTF8.GetBytes(name.Length > 40 ? name[..40] : name).Append((byte)0).ToArray();
        using var data = new MemoryStream();

        Definition(data, 0, FileIdMessage, (0, 1, EnumType), (1, 2, UInt16Type), (2, 2, UInt16Type));
        data.WriteByte(0);
        data.WriteByte(5); // file type: workout
        Write16(data, 255); // manufacturer: development
        Write16(data, 1);

        Definition(data, 1, WorkoutMessage, (4, 1, EnumType), (6, 2, UInt16Type), (8, (byte)nameBytes.Length, StringType));
        data.WriteByte(1);
        data.WriteByte(Sport(sportType));
        Write16(data, (ushort)steps.Count);
        data.Write(nameBytes);

        Definition(data, 2, WorkoutStepMessage, (254, 2, UInt16Type), (1, 1, EnumType), (2, 4, UInt32Type), (3, 1, EnumType), (4, 4, UInt32Type), (5, 4, UInt32Type), (6, 4, UInt32Type));
        for (var index = 0; index < steps.Count; index++)
        {
            var step = steps[index];
            data.WriteByte(2);
            Write16(data, (ushort)index);
            data.WriteByte(DurationTypeTime);
            Write32(data, (uint)step.Seconds * 1000);
            data.WriteByte(step.StartPercent is null ? TargetTypeOpen : TargetTypePower);
            Write32(data, 0); // custom target
            Write32(data, (uint)Math.Round(step.StartPercent ?? 0));
            Write32(data, (uint)Math.Round(step.EndPercent ?? 0));
        }

        var body = data.ToArray();
        var header = new byte[14];
        header[0] = 14;
        header[1] = 0x10;
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), 2132);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)body.Length);
        Encoding.ASCII.GetBytes(".FIT").CopyTo(header, 8);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(12), Crc(header.AsSpan(0, 12)));

        var file = header.Concat(body).ToArray();
        var crc = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(crc, Crc(file));
        return [.. file, .. crc];
    }

    public static Workout? Decode(byte[] content)
    {
        if (content.Length < 14 || Encoding.ASCII.GetString(content, 8, 4) != ".FIT")
        {
            return null;
        }

        var end = Math.Min(content.Length, content[0] + (int)BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(4)));
        var definitions = new Dictionary<int, (ushort Global, List<(byte Number, byte Size)> Fields)>();
        var blocks = new List<WorkoutBlock>();
        var position = (int)content[0];
        while (position < end)
        {
            var header = content[position++];
            if ((header & 0x80) != 0 || (header & 0x20) != 0)
            {
                return null; // compressed timestamps and developer fields are not needed for workouts
            }

            var local = header & 0x0F;
            if ((header & 0x40) != 0)
            {
                var global = BinaryPrimitives.ReadUInt16LittleEndian(content.AsSpan(position + 2));
                var count = content[position + 4];
                var fields = Enumerable.Range(0, count).Select(i => (content[position + 5 + (3 * i)], content[position + 6 + (3 * i)])).ToList();
                definitions[local] = (global, fields);
                position += 5 + (3 * count);
                continue;
            }

            if (!definitions.TryGetValue(local, out var definition))
            {
                return null;
            }

            var values = new Dictionary<byte, uint>();
            foreach (var (number, size) in definition.Fields)
            {
                values[number] = size switch
                {
                    1 => content[position],
                    2 => BinaryPrimitives.ReadUInt16LittleEndian(content.AsSpan(position)),
                    4 => BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(position)),
                    _ => 0,
                };
                position += size;
            }

            if (definition.Global == WorkoutStepMessage && values.GetValueOrDefault<byte, uint>(1) == DurationTypeTime)
            {
                var seconds = (int)(values.GetValueOrDefault<byte, uint>(2) / 1000);
                var isPower = values.GetValueOrDefault<byte, uint>(3) == TargetTypePower;
                blocks.Add(new WorkoutBlock(1, [isPower
                    ? new WorkoutStep(seconds, Percent(values.GetValueOrDefault<byte, uint>(5)), Percent(values.GetValueOrDefault<byte, uint>(6)))
                    : new WorkoutStep(seconds, null, null)]));
            }
        }

        return new Workout(blocks);
    }

    /// <summary>FIT's CRC-16 (nibble table), over the header's first 12 bytes or over the whole file.</summary>
    public static ushort Crc(ReadOnlySpan<byte> bytes)
    {
        ushort crc = 0;
        foreach (var value in bytes)
        {
            var tmp = CrcTable[crc & 0xF];
            crc = (ushort)((crc >> 4) & 0x0FFF);
            crc = (ushort)(crc ^ tmp ^ CrcTable[value & 0xF]);
            tmp = CrcTable[crc & 0xF];
            crc = (ushort)((crc >> 4) & 0x0FFF);
            crc = (ushort)(crc ^ tmp ^ CrcTable[(value >> 4) & 0xF]);
        }

        return crc;
    }

    /// <summary>FIT power targets: up to 1000 is % FTP, above it watts + 1000 (taken as % of a 250 W FTP, inference).</summary>
    private static double Percent(uint value) => value <= 1000 ? value : Math.Round((value - 1000) / 2.5, 1);

    private static byte Sport(string type) =>
        type.Contains("Ride", StringComparison.Ordinal) ? (byte)2 : type.Contains("Run", StringComparison.Ordinal) ? (byte)1 : (byte)0;

    private static void Definition(MemoryStream data, byte local, ushort global, params (byte Number, byte Size, byte BaseType)[] fields)
    {
        data.WriteByte((byte)(0x40 | local));
        data.WriteByte(0); // reserved
        data.WriteByte(0); // little-endian
        Write16(data, global);
        data.WriteByte((byte)fields.Length);
        foreach (var (number, size, baseType) in fields)
        {
            data.WriteByte(number);
            data.WriteByte(size);
            data.WriteByte(baseType);
        }
    }

    private static void Write16(MemoryStream data, ushort value)
    {
        Span<byte> bytes = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        data.Write(bytes);
    }

    private static void Write32(MemoryStream data, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        data.Write(bytes);
    }
}
