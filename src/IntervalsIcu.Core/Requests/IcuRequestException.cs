using System.Globalization;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Requests;

/// <summary>A request Invoke-IcuRequest refuses before sending it: the fix hint lists what the operation takes.</summary>
public sealed class IcuRequestException : IcuException
{
    private IcuRequestException(string errorId, IcuErrorCategory category, string message, string fixHint, Exception? inner = null)
        : base(message, fixHint, inner)
    {
        ErrorId = errorId;
        Category = category;
    }

    public override string ErrorId { get; }

    public override IcuErrorCategory Category { get; }

    public static IcuRequestException UnknownOperation(string name, IEnumerable<string> closest) => new(
        RequestErrorIds.UnknownOperation, IcuErrorCategory.InvalidArgument,
        Format(RequestMessages.UnknownOperation, name), Format(RequestMessages.FixUnknownOperation, string.Join(", ", closest)));

    public static IcuRequestException UnknownPath(string method, string path, IEnumerable<string> closest) => new(
        RequestErrorIds.UnknownRequestPath, IcuErrorCategory.InvalidArgument,
        Format(RequestMessages.UnknownRequestPath, method, path), Format(RequestMessages.FixUnknownRequestPath, string.Join(", ", closest)));

    public static IcuRequestException MethodNotAllowed(string method, string path, IEnumerable<IcuOperation> atPath) => new(
        RequestErrorIds.UnknownRequestPath, IcuErrorCategory.InvalidArgument,
        Format(RequestMessages.MethodNotAllowed, method, path), Format(RequestMessages.FixMethodNotAllowed, string.Join(", ", atPath)));

    public static IcuRequestException ParameterMissing(IcuOperation operation, IcuOperationParameter parameter) => new(
        RequestErrorIds.ParameterMissing, IcuErrorCategory.InvalidArgument,
        Format(RequestMessages.ParameterMissing, operation.OperationId, Where(parameter), parameter.Name), Takes(operation));

    public static IcuRequestException ParameterInvalid(IcuOperation operation, IcuOperationParameter parameter, string value) => new(
        RequestErrorIds.ParameterInvalid, IcuErrorCategory.InvalidArgument,
        Format(RequestMessages.ParameterInvalid, operation.OperationId, Where(parameter), parameter.Name, parameter.TypeName, value), Takes(operation));

    public static IcuRequestException BodyInvalid(IcuOperation operation, string reason, Exception? inner) => new(
        RequestErrorIds.BodyInvalid, IcuErrorCategory.InvalidArgument, Format(RequestMessages.BodyInvalid, operation.OperationId, reason), Takes(operation), inner);

    public static IcuRequestException BodyMissing(IcuOperation operation) => new(
        RequestErrorIds.BodyMissing, IcuErrorCategory.InvalidArgument,
        Format(operation.Body == IcuBodyKind.Multipart ? RequestMessages.FileMissing : RequestMessages.BodyMissing, operation.OperationId), Takes(operation));

    public static IcuRequestException BodyNotAccepted(IcuOperation operation, bool file) => new(
        RequestErrorIds.BodyNotAccepted, IcuErrorCategory.InvalidArgument,
        Format(file ? RequestMessages.FileNotAccepted : RequestMessages.BodyNotAccepted, operation.OperationId), Takes(operation));

    public static IcuRequestException InFileNotFound(string path) => new(
        RequestErrorIds.InFileNotFound, IcuErrorCategory.ObjectNotFound, Format(RequestMessages.InFileNotFound, path), RequestMessages.FixInFileNotFound);

    public static IcuRequestException OutFileRequired(IcuOperation operation) => new(
        RequestErrorIds.OutFileRequired, IcuErrorCategory.InvalidArgument, Format(RequestMessages.OutFileRequired, operation.OperationId), RequestMessages.FixOutFileRequired);

    /// <summary>"listEvents takes: path id (the session's athlete unless -AthleteId), ..." for fix hints and help.</summary>
    public static string Takes(IcuOperation operation)
    {
        var parts = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            var notes = new List<string> { parameter.TypeName };
            if (parameter.Name == operation.AthleteParameter)
            {
                notes.Add(RequestMessages.TakesAthlete);
            }
            else if (parameter.IsPathSuffix)
            {
                notes.Add(RequestMessages.TakesSuffix);
            }
            else if (parameter.ServerDefaulted)
            {
                notes.Add(RequestMessages.TakesServerDefaulted);
            }
            else if (parameter.Required)
            {
                notes.Add(RequestMessages.TakesRequired);
            }

            var template = parameter.Location == IcuParameterLocation.Path ? RequestMessages.TakesPathParameter : RequestMessages.TakesQueryParameter;
            parts.Add(Format(template, parameter.Name, string.Join(", ", notes)));
        }

        switch (operation.Body)
        {
            case IcuBodyKind.Json:
                parts.Add(operation.BodyRequired ? RequestMessages.TakesJsonBody : RequestMessages.TakesOptionalJsonBody);
                break;
            case IcuBodyKind.Multipart:
                parts.Add(RequestMessages.TakesFile);
                break;
        }

        return Format(RequestMessages.FixTakes, operation, parts.Count == 0 ? RequestMessages.TakesNothing : string.Join("; ", parts));
    }

    private static string Where(IcuOperationParameter parameter) => parameter.Location == IcuParameterLocation.Path ? "path" : "query";

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
