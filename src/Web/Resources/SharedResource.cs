namespace Recruitment.Web.Resources;

/// <summary>
/// Marker of the texts shared by every page (layout, common words): Resources/SharedResource.{culture}.resx.
/// Page-specific texts live beside each page's resources (Resources/Pages/…), read with IViewLocalizer.
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>, never instantiated.
public sealed class SharedResource
#pragma warning restore CA1052
{
    private SharedResource()
    {
    }
}
