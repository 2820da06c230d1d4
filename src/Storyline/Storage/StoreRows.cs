using System.Collections.Immutable;
using System.Data.Common;
using Storyline.Documents;
using Storyline.Pipeline;
using static Storyline.Storage.StoredText;

namespace Storyline.Storage;

/// <summary>
/// Row shapes every store shares: the same columns in the same order on SQLite and PostgreSQL, so
/// reading a row and summarising a story are written once.
/// </summary>
internal static class StoreRows
{
    /// <summary>Columns <see cref="Documents"/> expects, in order.</summary>
    public const string DocumentColumns = "id, source_id, origin, file_name, content, format, hint_title, hint_published, hint_source, hint_url, hint_language";

    /// <summary>Columns <see cref="Stories"/> expects, in order.</summary>
    public const string StoryColumns = "id, headline, article_count, outlets, first_published, last_published";

    public static List<RawDocument> Documents(DbDataReader reader)
    {
        var result = new List<RawDocument>();
        while (reader.Read())
        {
            var hints = new DocumentHints(Text(reader, 6), ParseInstant(Text(reader, 7)), Text(reader, 8), Text(reader, 9), Text(reader, 10));
            result.Add(new RawDocument(reader.GetString(0), reader.GetString(1), reader.GetString(2), Text(reader, 3),
                reader.GetString(4), Enum.Parse<SourceFormat>(reader.GetString(5)), hints));
        }

        return result;
    }

    public static List<StoredStory> Stories(DbDataReader reader)
    {
        var result = new List<StoredStory>();
        while (reader.Read())
        {
            var outlets = reader.GetString(3).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
            result.Add(new StoredStory(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), outlets, ParseDay(Text(reader, 4)), ParseDay(Text(reader, 5))));
        }

        return result;
    }

    /// <summary>Rows of (article id, source id, title, outlet, story id, snippet).</summary>
    public static List<SearchHit> Hits(DbDataReader reader)
    {
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), reader.GetString(5)));
        }

        return hits;
    }

    /// <summary>From rows of (story id, json) matching an id or prefix: the exact match, else the only one, else null.</summary>
    public static string? PickStory(DbDataReader reader, string storyIdOrPrefix)
    {
        var matches = new List<(string Id, string Json)>();
        while (reader.Read())
        {
            matches.Add((reader.GetString(0), reader.GetString(1)));
        }

        var exact = matches.FirstOrDefault(m => m.Id == storyIdOrPrefix);
        return exact.Json ?? (matches.Count == 1 ? matches[0].Json : null);
    }

    /// <summary>What the stories table keeps of a story: its articles, outlets (one a line) and date span.</summary>
    public static (IReadOnlyList<Article> Articles, string Outlets, string? First, string? Last) Summary(DigestedStory digested)
    {
        var articles = digested.Story.Articles.Select(a => a.Article).ToList();
        var published = articles.Select(a => a.Published).OfType<DateTimeOffset>().Select(p => DateOnly.FromDateTime(p.UtcDateTime)).Order().ToList();
        var outlets = string.Join('\n', articles.Select(a => a.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase));
        return (articles, outlets, published.Count > 0 ? Iso(published[0]) : null, published.Count > 0 ? Iso(published[^1]) : null);
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
