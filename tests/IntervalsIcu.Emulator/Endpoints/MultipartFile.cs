namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>
/// The part named <c>file</c> of a multipart upload (activity files, workout files; api-facts §5.2, §5.5):
/// its name and bytes, or in <see cref="Refused"/> the server's 422 when the request is not multipart or has
/// no such part.
/// </summary>
internal sealed record MultipartFile(string FileName, byte[] Content, IResult? Refused)
{
    public static async Task<MultipartFile> ReadAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return Refuse("Current request is not a multipart request");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form.Files.GetFile("file") is not { } file)
        {
            return Refuse("Required part 'file' is not present.");
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, context.RequestAborted);
        return new MultipartFile(Path.GetFileName(file.FileName), content.ToArray(), null);
    }

    private static MultipartFile Refuse(string message) =>
        new(string.Empty, [], Responses.JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, message));
}
