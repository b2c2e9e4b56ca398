using IntervalsIcu.Core.Errors;

namespace IntervalsIcu.Core.Input;

/// <summary>
/// A user's input after checking: the usable value, what was corrected on the way (each correction
/// deserves a warning), or the problem that makes it unusable. Problems are data until someone
/// decides to throw them, so diagnostics can report them as checks instead.
/// </summary>
public sealed class CheckedInput<T>
    where T : notnull
{
    private CheckedInput(T? value, IReadOnlyList<string> corrections, IcuException? problem)
    {
        Value = value;
        Corrections = corrections;
        Problem = problem;
    }

    public T? Value { get; }

    public IReadOnlyList<string> Corrections { get; }

    public IcuException? Problem { get; }

    public static CheckedInput<T> Valid(T value, IReadOnlyList<string> corrections) => new(value, corrections, null);

    public static CheckedInput<T> Invalid(IcuException problem, IReadOnlyList<string> corrections) => new(default, corrections, problem);

    public T GetValueOrThrow() => Problem is null ? Value! : throw Problem;
}
