namespace Recruitment.Web.Resources;

/// <summary>
/// Marker of the texts shared by every page (common words, form messages): Resources/Resources/SharedResource.{culture}.resx,
/// where the localizer looks for a type's texts ({resources folder}/{type's namespace below the root}/{type}).
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
