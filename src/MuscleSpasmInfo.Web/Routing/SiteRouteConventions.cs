using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace MuscleSpasmInfo.Web.Routing;

/// <summary>Gives each Razor page the template <see cref="SiteRoutes"/> declares, so no @page directive repeats one.</summary>
public static class SiteRouteConventions
{
    public static PageConventionCollection AddSiteRoutes(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        foreach (var route in SiteRoutes.All.Where(r => r.Page is not null))
        {
            // Razor templates are relative to the root: "articles/{slug}", "" for the home page.
            var template = route.Template.TrimStart('/');
            conventions.AddPageRouteModelConvention(route.Page!, model =>
            {
                // Replaces the routes made from the file's path (Index has two: "Index" and "").
                model.Selectors.Clear();
                model.Selectors.Add(new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = template } });
                if (route.LocalisedTemplate is { } localised)
                {
                    // The same page under each other language's prefix: /es/articles/{slug}, /es for the home page.
                    model.Selectors.Add(new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = localised.TrimStart('/') } });
                }
            });
        }

        return conventions;
    }
}
