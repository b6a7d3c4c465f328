namespace MuscleSpasmInfo.BareKestrel;

/// <summary>Writes the one body this server has, or 405 for anything but GET and HEAD.</summary>
internal static class BodyResponse
{
    /// <summary>Answers one request with <paramref name="body"/> as HTML, with its length (no chunking).</summary>
    public static Task Write(HttpContext ctx, ReadOnlyMemory<byte> body)
    {
        var response = ctx.Response;
        if (!HttpMethods.IsGet(ctx.Request.Method) && !HttpMethods.IsHead(ctx.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(ctx.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
    }
}
