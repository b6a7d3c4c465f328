using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using MuscleSpasmInfo.Web.Serving;

namespace MuscleSpasmInfo.Web.Pages;

/// <summary>
/// The production error page: no stack trace, just a reference the reader can quote, which is logged with the exception
/// so an operator can find one from the other.
/// </summary>
public sealed class ErrorModel(RequestSnapshot snapshot, IOptions<SiteOptions> site, ILogger<ErrorModel> logger) : SitePageModel(snapshot, site)
{
    public string CorrelationId { get; private set; } = string.Empty;

    public void OnGet()
    {
        Title = "Sorry, there is a problem with the service";
        CorrelationId = HttpContext.TraceIdentifier;
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            logger.LogError(failure.Error, "Unhandled exception {CorrelationId} on {Path}", CorrelationId, failure.Path);
        }

        if (Response.StatusCode < 400)
        {
            Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
    }
}
