using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Browser;

/// <summary>The application on a real loopback port, for a real browser.</summary>
public sealed class KestrelApp : RecruitmentApp
{
    public KestrelApp() => UseKestrel(0);

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return CreateClient().BaseAddress!;
        }
    }
}
