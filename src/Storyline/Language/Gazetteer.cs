using System.Collections.Frozen;
using Storyline.Documents;

namespace Storyline.Language;

/// <summary>A gazetteer hit: the canonical name and its type.</summary>
internal readonly record struct GazetteerEntry(string Canonical, EntityType Type);

/// <summary>Looks names up in the project's gazetteers (see <see cref="GazetteerData"/>).</summary>
internal static class Gazetteer
{
    private static readonly FrozenDictionary<string, GazetteerEntry> Names;
    private static readonly FrozenDictionary<string, GazetteerEntry> UpperNames;
    private static readonly FrozenDictionary<string, string> DemonymToCountry;

    /// <summary>The most words any gazetteer name has.</summary>
    public static int MaxWords { get; }

    static Gazetteer()
    {
        var names = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, GazetteerEntry entry)
        {
            name = name.Trim();
            if (name.Length > 0)
            {
                names.TryAdd(name, entry);
            }
        }

        foreach (var line in Lines(GazetteerData.Countries))
        {
            var f = line.Split('|');
            var country = new GazetteerEntry(f[0], EntityType.Place);
            Add(f[0], country);
            foreach (var d in f[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                demonyms.TryAdd(d, f[0]);
            }

            Add(f[2], new GazetteerEntry(f[2], EntityType.Place));
            foreach (var a in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(a, country);
            }
        }

        foreach (var (data, type) in new[] { (GazetteerData.Places, EntityType.Place), (GazetteerData.Organizations, EntityType.Organization) })
        {
            foreach (var line in Lines(data))
            {
                var f = line.Split('|');
                var entry = new GazetteerEntry(f[0], type);
                Add(f[0], entry);
                foreach (var a in f[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(a, entry);
                }
            }
        }

        Names = names.ToFrozenDictionary(StringComparer.Ordinal);
        UpperNames = names
            .Where(kv => kv.Key.Length > 3 && !kv.Key.Contains(' ', StringComparison.Ordinal))
            .GroupBy(kv => kv.Key.ToUpperInvariant(), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        DemonymToCountry = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        MaxWords = names.Keys.Max(k => k.Split(' ').Length);
    }

    private static IEnumerable<string> Lines(string data) =>
        data.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l.Contains('|', StringComparison.Ordinal));

    /// <summary>Looks up a name as written (words joined by one space).</summary>
    public static bool TryGet(string name, out GazetteerEntry entry) => Names.TryGetValue(name, out entry);

    /// <summary>Looks up an all-capitals word ("RUSSIA").</summary>
    public static bool TryGetUpper(string upper, out GazetteerEntry entry) => UpperNames.TryGetValue(upper, out entry);

    /// <summary>True for a demonym or nationality adjective ("Russian", "Afghan").</summary>
    public static bool IsDemonym(string word) => DemonymToCountry.ContainsKey(word);

    /// <summary>The country of a demonym.</summary>
    public static string? CountryOf(string demonym) => DemonymToCountry.GetValueOrDefault(demonym);
}
