using Microsoft.Extensions.Localization;
using Recruitment.Web.Resources;

namespace Recruitment.Web.Infrastructure;

/// <summary>What an audit entry's action is called on the pages, in the reader's language.</summary>
internal static class AuditActions
{
    public static string Label(IStringLocalizer<SharedResource> text, string action)
    {
        ArgumentNullException.ThrowIfNull(text);
        return action switch
        {
            "Created" => text["Application started"],
            "IdentityEdited" => text["Identity changed"],
            "ContactEdited" => text["Contact changed"],
            "StudiesEdited" => text["Studies changed"],
            "ScholarshipEdited" => text["Scholarship changed"],
            "WishesEdited" => text["Wishes changed"],
            "DocumentUploaded" => text["Document uploaded"],
            "Submitted" => text["Submitted"],
            "DocumentAccepted" => text["Document accepted"],
            "DocumentRejected" => text["Document rejected"],
            "EligibilityDecided" => text["Eligibility decided"],
            "ExtensionGranted" => text["Extension granted"],
            "OfferAnswered" => text["Offer answered"],
            "OfferUnanswered" => text["Offer left unanswered"],
            _ => action,
        };
    }
}
