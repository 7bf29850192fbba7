using System.Reflection;
using NetArchTest.Rules;
using TestResult = NetArchTest.Rules.TestResult;
using Recruitment.Application.Consortium.GetConsortium;
using Recruitment.Domain.Campaigns;
using Recruitment.Infrastructure.Persistence;

namespace Recruitment.Architecture.Tests;

public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(Campaign).Assembly;
    private static readonly Assembly Application = typeof(GetConsortiumQuery).Assembly;
    private static readonly Assembly Infrastructure = typeof(AppDbContext).Assembly;
    private static readonly Assembly Fixtures = typeof(LayerTests).Assembly;

    private static PredicateList All(Assembly assembly) =>
        Types.InAssembly(assembly).That().ResideInNamespaceStartingWith("Recruitment");

    private static PredicateList Breach(string name) =>
        Types.InAssembly(Fixtures).That().ResideInNamespace($"Recruitment.Architecture.Tests.Violations.{name}");

    private static PredicateList Handlers(Assembly assembly) =>
        Types.InAssembly(assembly).That().ImplementInterface(typeof(Mediator.IQueryHandler<,>))
            .Or().ImplementInterface(typeof(Mediator.ICommandHandler<,>))
            .Or().ImplementInterface(typeof(Mediator.ICommandHandler<>));

    [Fact]
    public void The_domain_depends_on_nothing_outside_itself() =>
        AssertHolds(LayerRules.DomainDependsOnNothingOutside(All(Domain)));

    [Fact]
    public void The_application_depends_only_on_the_domain() =>
        AssertHolds(LayerRules.ApplicationDependsOnlyOnDomain(All(Application)));

    [Fact]
    public void The_infrastructure_does_not_know_the_web() =>
        AssertHolds(LayerRules.InfrastructureDoesNotKnowTheWeb(All(Infrastructure)));

    [Fact]
    public void Use_case_handlers_are_internal_and_sealed()
    {
        Assert.NotEmpty(Handlers(Application).GetTypes());
        AssertHolds(LayerRules.HandlersAreInternalAndSealed(Handlers(Application)));
    }

    [Fact]
    public void Each_rule_fails_on_its_breach()
    {
        Assert.False(LayerRules.DomainDependsOnNothingOutside(Breach("DomainUsingEf")).IsSuccessful);
        Assert.False(LayerRules.ApplicationDependsOnlyOnDomain(Breach("ApplicationUsingInfrastructure")).IsSuccessful);
        Assert.False(LayerRules.InfrastructureDoesNotKnowTheWeb(Breach("InfrastructureUsingWeb")).IsSuccessful);
        Assert.False(LayerRules.HandlersAreInternalAndSealed(Handlers(Fixtures)).IsSuccessful);
    }

    [Fact]
    public void Projects_reference_only_inner_layers()
    {
        static IEnumerable<string> Ours(Assembly assembly) => assembly.GetReferencedAssemblies()
            .Select(a => a.Name!).Where(n => n.StartsWith("Recruitment.", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Empty(Ours(Domain));
        Assert.Equal(["Recruitment.Domain"], Ours(Application));
        Assert.Equal(["Recruitment.Application", "Recruitment.Domain"], Ours(Infrastructure));
    }

    private static void AssertHolds(TestResult result) =>
        Assert.True(result.IsSuccessful, $"Breaking types: {string.Join(", ", result.FailingTypeNames ?? [])}");
}
