using Microsoft.AspNetCore.Localization;
using MuscleSpasmInfo.Content.Languages;

namespace MuscleSpasmInfo.Web.Localisation;

/// <summary>
/// The request's culture from its path, by the one rule of <see cref="LanguageTable.OfPath"/>: <c>/es/...</c> is Spanish,
/// anything else the default language. Runs before routing, so the status-code pages that re-execute a 404 under
/// <c>/es/</c> still render in Spanish.
/// </summary>
public sealed class LanguagePathCultureProvider(LanguageTable languages) : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var culture = languages.OfPath(httpContext.Request.Path.Value ?? "/").Language.Culture;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture));
    }
}
