using System.Net;
using System.Text.Json;
using Npgsql;
using Storyline.Tests.Storage;

namespace Storyline.Tests.Web;

public sealed class PostgresServeTests
{
    [Theory, SqliteStore, PostgresStore]
    public async Task Serve_OnEitherStore_PostedArticleIsServedAndSearchable(string kind)
    {
        var schema = "w_" + Guid.NewGuid().ToString("N");
        string? database = null;
        if (kind == TestStore.Postgres)
        {
            Run(TestStore.PostgresConnection!, $"CREATE SCHEMA \"{schema}\"");
            database = TestStore.PostgresConnection + ";Search Path=" + schema;
        }

        try
        {
            await using var host = await WebHost.StartAsync(withSamples: false, database: database);
            var body = JsonSerializer.Serialize(new { id = "lamps", text = "Engineers replaced eleven harbour lamps after the storm, the authority said.\n\nThe lights work again.", source = "Coast Gazette" });
            Assert.Equal(HttpStatusCode.Created, (await host.Client.SendAsync(host.Post("/api/articles", body, "application/json", host.Token))).StatusCode);
            using var hits = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri("/api/search?q=lamps", UriKind.Relative)));
            Assert.Equal("lamps", Assert.Single(hits.RootElement.EnumerateArray()).GetProperty("source_id").GetString());
            Assert.Single(host.Gate.Current.Stories);
        }
        finally
        {
            if (database is not null)
            {
                Run(TestStore.PostgresConnection!, $"DROP SCHEMA \"{schema}\" CASCADE");
            }
        }
    }

    private static void Run(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
