using System.Globalization;
using System.Text;
using System.Text.Json;
using Storyline.Bench.Clustering;

namespace Storyline.Bench.Web;

/// <summary>
/// Reports for an ingest burst, as JSON bodies of the ingest contract: the real articles of the
/// clustering sets in ../shared/data first (when present), then generated events of five reports
/// each, every event with its own made-up place, names and numbers so stories stay event-sized.
/// </summary>
internal static class BurstReports
{
    private static readonly string[] Syllables = ["ka", "lo", "mer", "tin", "vas", "ro", "dun", "el", "sa", "bri", "gol", "fen", "ari", "tho", "mi", "wes"];
    private static readonly string[] Subjects = ["ferry", "bridge", "library", "harbour", "council", "school", "hospital", "railway", "market", "stadium"];
    private static readonly string[] Outlets = ["Harbour Herald", "Morning Dispatch", "Coastline Daily", "Valley Courier", "Newsflow", "Evening Ledger", "The Lantern"];

    public static List<string> Create(int count)
    {
        var bodies = new List<string>(count);
        if (SharedData.RootOrNull is not null)
        {
            foreach (var document in ClusteringSets.Giveme().Documents.Concat(ClusteringSets.MultiNews().Documents).Take(count))
            {
                bodies.Add(JsonSerializer.Serialize(new
                {
                    id = document.SourceId,
                    title = document.Hints.Title,
                    text = document.Content,
                    source = document.Hints.Source,
                    date = document.Hints.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                }));
            }
        }

        for (var i = 0; bodies.Count < count; i++)
        {
            bodies.Add(Generated(i));
        }

        return bodies;
    }

    private static string Generated(int i)
    {
        var e = i / 5;
        var place = Word(e, 3);
        var official = Word(e + 7919, 2) + " " + Word(e + 104729, 3);
        var subject = Subjects[e % Subjects.Length];
        var day = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(e / 40);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"The {subject} in {Capital(place)} was closed on {day:dddd} after inspectors found damage costing {(e * 37 % 900) + 10} thousand, {Capital(official)} said.")
            .Append("\n\n")
            .Append(CultureInfo.InvariantCulture, $"Residents of {Capital(place)} told reporters the {subject} had served the town for {(e % 80) + 5} years. \"We need it back,\" one said ({Word(i, 2)}).")
            .Append("\n\n")
            .Append(CultureInfo.InvariantCulture, $"{Capital(official)} expects repairs to take {(e % 11) + 2} weeks; a review is due on {day.AddDays(14):d MMMM}.")
            .ToString();
        return JsonSerializer.Serialize(new
        {
            id = "burst-" + i.ToString(CultureInfo.InvariantCulture),
            title = $"{Capital(place)} {subject} closed",
            text,
            source = Outlets[i % Outlets.Length],
            date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
    }

    /// <summary>A made-up word of <paramref name="length"/> syllables, one per number.</summary>
    private static string Word(int number, int length)
    {
        var word = new StringBuilder();
        var n = (uint)number * 2654435761u;
        for (var k = 0; k < length; k++)
        {
            word.Append(Syllables[n % (uint)Syllables.Length]);
            n = (n / (uint)Syllables.Length) + ((uint)number * 40503u) + (uint)k;
        }

        return word.ToString();
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
