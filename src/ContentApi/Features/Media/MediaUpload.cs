using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Features.Media;

/// <summary>An upload as received: the bytes, the sender's file name and the editor's fields, from a multipart form or a raw body with query parameters.</summary>
public sealed record MediaUpload(byte[] Bytes, string? FileName, MediaRequest Fields)
{
    public const string FilePart = "file";

    /// <returns>The upload, or why it cannot be read: (status, detail).</returns>
    public static async Task<(MediaUpload? Upload, int Status, string? Detail)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException exception)
            {
                return (null, StatusCodes.Status400BadRequest, $"The multipart/form-data body cannot be read ({exception.Message}); send a form with a boundary and a '{FilePart}' part.");
            }
            if (form.Files.GetFile(FilePart) is not { } file)
            {
                return (null, StatusCodes.Status400BadRequest, $"The form has no '{FilePart}' part: send the image as a file part named '{FilePart}'.");
            }
            if (file.Length > maxBytes)
            {
                return (null, StatusCodes.Status413PayloadTooLarge, TooLarge(file.Length, maxBytes));
            }
            using var copy = new MemoryStream((int)file.Length);
            await file.CopyToAsync(copy, cancellationToken);
            return (new MediaUpload(copy.ToArray(), file.FileName, FieldsOf(key => form[key].ToString())), 0, null);
        }
        var type = request.ContentType is { } header && MediaTypeHeaderValue.TryParse(header, out var parsed) ? parsed.MediaType.Value : null;
        if (type is null || !(type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) || type.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, StatusCodes.Status415UnsupportedMediaType,
                $"A content type of '{type ?? "(none)"}' is not an upload: send multipart/form-data with the image in a '{FilePart}' part, or the image itself as the body with an image/* (or application/octet-stream) content type. The format is then read from the bytes.");
        }
        var body = await ReadBodyAsync(request.Body, maxBytes, cancellationToken);
        if (body is null)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, TooLarge(request.ContentLength, maxBytes));
        }
        var name = request.Query["fileName"].ToString() is { Length: > 0 } given ? given
            : ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition) ? disposition.FileName.Value?.Trim('"') : null;
        return (new MediaUpload(body, name, FieldsOf(key => request.Query[key].ToString())), 0, null);
    }

    /// <returns>Null when the body is larger than <paramref name="maxBytes"/>.</returns>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        for (int read; (read = await body.ReadAsync(buffer, cancellationToken)) > 0;)
        {
            if (copy.Length + read > maxBytes)
            {
                return null;
            }
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }

    private static MediaRequest FieldsOf(Func<string, string> field) => new(
        Optional(field("alt")), Optional(field("caption")), Optional(field("credit")), FocalPointOf(field("focalPoint")), Optional(field("slug")));

    /// <summary>`x,y`; anything unreadable becomes an out-of-range point, so the validator names the field.</summary>
    private static FocalPoint? FocalPointOf(string text)
    {
        if (Optional(text) is not { } given)
        {
            return null;
        }
        var parts = given.Split(',');
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
            ? new FocalPoint(x, y) : new FocalPoint(double.NaN, double.NaN);
    }

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string TooLarge(long? bytes, long maxBytes) =>
        $"The image is {(bytes is { } size ? size.ToString(CultureInfo.InvariantCulture) + " bytes" : "larger than the limit")}; at most {maxBytes} bytes are accepted (Media:MaxBytes).";
}
