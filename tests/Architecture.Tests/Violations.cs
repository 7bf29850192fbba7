using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Infrastructure.Persistence;
using Recruitment.Web.Infrastructure;

// Deliberate breaches of the layer rules: each rule must fail on its breach, or it proves nothing.
#pragma warning disable CA1812, CA1822, IDE0051
namespace Recruitment.Architecture.Tests.Violations.DomainUsingEf
{
    public sealed class EntityThatQueries
    {
        public int Count(DbContext db) => db.ChangeTracker.Entries().Count();
    }
}

namespace Recruitment.Architecture.Tests.Violations.ApplicationUsingInfrastructure
{
    public sealed class UseCaseThatKnowsSqlite
    {
        public string Name(SqliteAppDbContext db) => db.GetType().Name;
    }
}

namespace Recruitment.Architecture.Tests.Violations.InfrastructureUsingWeb
{
    public sealed class StoreThatKnowsPolicies
    {
        public string Policy() => nameof(Policies.Administrator) + typeof(Policies).Name;
    }
}

namespace Recruitment.Architecture.Tests.Violations.PublicHandler
{
    public sealed record Ping : IQuery<int>;

    public class PingHandler : IQueryHandler<Ping, int>
    {
        public ValueTask<int> Handle(Ping query, CancellationToken cancellationToken) => ValueTask.FromResult(1);
    }
}
#pragma warning restore CA1812, CA1822, IDE0051
