using System.Reflection;
using Npgsql;
using Storyline.Storage;
using Xunit.Sdk;

namespace Storyline.Tests.Storage;

/// <summary>
/// The stores the storage suite runs against. PostgreSQL needs a server: its connection string in
/// STORYLINE_PG (.ci/run starts a throwaway cluster and sets it); each test gets its own schema.
/// </summary>
internal sealed class TestStore : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string PostgresVariable = "STORYLINE_PG";

    private readonly string? schema;

    private TestStore(IStoryStore store, string? schema)
    {
        Store = store;
        this.schema = schema;
    }

    public IStoryStore Store { get; }

    public static string? PostgresConnection => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    public static TestStore Open(string kind, TimeProvider? time = null)
    {
        if (kind == Sqlite)
        {
            return new TestStore(new SqliteStoryStore(":memory:", time), null);
        }

        var schema = "t_" + Guid.NewGuid().ToString("N");
        return new TestStore(new PostgresStoryStore(PostgresConnection!, time, schema), schema);
    }

    public void Dispose()
    {
        Store.Dispose();
        if (schema is not null)
        {
            using var connection = new NpgsqlConnection(PostgresConnection);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP SCHEMA \"{schema}\" CASCADE", connection);
            drop.ExecuteNonQuery();
        }
    }
}

/// <summary>Runs a storage theory against SQLite (in memory).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SqliteStoreAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[TestStore.Sqlite]];
}

/// <summary>Runs a storage theory against PostgreSQL, or skips it with the reason when no server is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgresStoreAttribute : DataAttribute
{
    public PostgresStoreAttribute()
    {
        if (TestStore.PostgresConnection is null)
        {
            Skip = $"no PostgreSQL server configured: set {TestStore.PostgresVariable} to an Npgsql connection string (.ci/run starts one)";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[TestStore.Postgres]];
}
