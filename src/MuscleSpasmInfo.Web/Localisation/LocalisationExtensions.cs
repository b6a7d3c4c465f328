using System.Globalization;
using Microsoft.AspNetCore.Localization;
using MuscleSpasmInfo.Content.Catalog;

namespace MuscleSpasmInfo.Web.Localisation;

/// <summary>Interface text per language: ASP.NET Core localisation over <see cref="SiteResources"/>, the culture from the URL.</summary>
public static class LocalisationExtensions
{
    public static IServiceCollection AddInterfaceText(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<InterfaceText>();
        return services;
    }

    /// <summary>Sets each request's culture from its path, for every declared language.</summary>
    public static IApplicationBuilder UseInterfaceLanguage(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var languages = app.ApplicationServices.GetRequiredService<ContentLoader>().Languages;
        // The site runs with invariant globalisation (Directory.Build.props), so these cultures carry names for resource
        // lookup and no formatting data: dates and numbers are written by InterfaceText, not by the culture.
        var cultures = languages.All.Select(l => new CultureInfo(l.Culture)).ToList();
        return app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(languages.Default.Culture),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new LanguagePathCultureProvider(languages)],
        });
    }
}
