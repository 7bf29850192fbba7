using NetArchTest.Rules;
using TestResult = NetArchTest.Rules.TestResult;

namespace Recruitment.Architecture.Tests;

/// <summary>
/// The dependency rules of the layers: Web → Infrastructure → Application → Domain, never outwards.
/// Each rule is a function over a selection of types, so that it can be shown to pass on the product and to fail on
/// a deliberate violation (see <see cref="Violations"/>).
/// </summary>
internal static class LayerRules
{
    public static TestResult DomainDependsOnNothingOutside(PredicateList types) => types.ShouldNot()
        .HaveDependencyOnAny(
            "Recruitment.Application",
            "Recruitment.Infrastructure",
            "Recruitment.Web",
            "Microsoft.EntityFrameworkCore",
            "Microsoft.AspNetCore",
            "Microsoft.Extensions",
            "Mediator",
            "FluentValidation",
            "Hangfire",
            "System.Net.Http",
            "System.Data")
        .GetResult();

    public static TestResult ApplicationDependsOnlyOnDomain(PredicateList types) => types.ShouldNot()
        .HaveDependencyOnAny(
            "Recruitment.Infrastructure",
            "Recruitment.Web",
            "Microsoft.AspNetCore",
            "Microsoft.EntityFrameworkCore.Sqlite",
            "Microsoft.EntityFrameworkCore.SqlServer",
            "Microsoft.Data",
            "Hangfire")
        .GetResult();

    public static TestResult InfrastructureDoesNotKnowTheWeb(PredicateList types) => types.ShouldNot()
        .HaveDependencyOnAny("Recruitment.Web")
        .GetResult();

    /// <summary>Handlers are reached only through Mediator: internal and sealed.</summary>
    public static TestResult HandlersAreInternalAndSealed(PredicateList types) => types.Should()
        .NotBePublic().And().BeSealed()
        .GetResult();
}
