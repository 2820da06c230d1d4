using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Consolidation;

/// <summary>
/// Finds details the sources disagree on, between sentences close enough to be about the same
/// thing: numbers of the same noun, days, the people named, the participants listed, and a claim
/// one source states and another negates.
/// </summary>
internal static class DiscrepancyFinder
{
    // Values this close are one figure rounded differently, not a disagreement.
    private const double SameValueTolerance = 0.005;

    // Hedged values ("about", "nearly") this close are the same estimate.
    private const double ApproximateTolerance = 0.05;

    // Word overlap (Jaccard) at which two sentences, their entity mentions set aside, say the same thing.
    private const double SameApartFromNamesJaccard = 0.6;

    /// <summary>Discrepancies among <paramref name="clauses"/>, each detail once.</summary>
    public static List<Discrepancy> Find(IReadOnlyList<Clause> clauses, ClauseVectors vectors, ConsolidationOptions options)
    {
        var found = new Dictionary<string, Dictionary<string, (string Text, SortedSet<string> Articles, int Order)>>(StringComparer.Ordinal);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (a, b, similarity) in vectors.PairsAcrossArticles(clauses, options.DiscrepancyThreshold))
        {
            foreach (var (about, va, vb) in Compare(clauses[a], clauses[b], similarity >= options.AlignmentThreshold, similarity >= options.ContradictionThreshold))
            {
                if (!found.TryGetValue(about, out var variants))
                {
                    found[about] = variants = new(StringComparer.Ordinal);
                    order[about] = order.Count;
                }

                Add(variants, va, clauses[a]);
                Add(variants, vb, clauses[b]);
            }
        }

        return [.. found
            .Where(kv => kv.Value.Count >= 2)
            .OrderBy(kv => order[kv.Key])
            .Select(kv => new Discrepancy(kv.Key, [.. kv.Value.Values
                .OrderBy(v => v.Order)
                .Select(v => new DiscrepancyVariant(v.Text, [.. v.Articles]))]))];
    }

    private static void Add(Dictionary<string, (string Text, SortedSet<string> Articles, int Order)> variants, string key, Clause clause)
    {
        if (!variants.TryGetValue(key, out var v))
        {
            variants[key] = v = (clause.Text, new SortedSet<string>(StringComparer.Ordinal), clause.Id);
        }

        v.Articles.Add(clause.ArticleId);
    }

    /// <summary>Each disagreement between two sentences: what it is about and each side's version key.</summary>
    private static IEnumerable<(string About, string A, string B)> Compare(Clause a, Clause b, bool aligned, bool nearlySame)
    {
        // Only a noun each sentence counts once is one detail; "13 billion gallons ... 6 billion gallons" compares several.
        foreach (var na in a.Numbers.Where(n => n.Noun is not null && a.Numbers.Count(m => m.Noun == n.Noun) == 1))
        {
            var nb = b.Numbers.Count(n => n.Noun == na.Noun) == 1 ? b.Numbers.First(n => n.Noun == na.Noun) : null;
            // A disagreement only when neither sentence also states the other's figure (for another noun or none).
            if (nb is not null && !Same(na.Value, nb.Value, na.Approximate || nb.Approximate) && !b.Numbers.Any(n => Same(n.Value, na.Value)) && !a.Numbers.Any(n => Same(n.Value, nb.Value)))
            {
                yield return ("number of " + na.Noun, Key(na.Value), Key(nb.Value));
            }
        }

        if (!aligned)
        {
            yield break;
        }

        var da = a.Dates.Where(d => d.Precision == DatePrecision.Day).Select(d => d.Value).Distinct().ToList();
        var db = b.Dates.Where(d => d.Precision == DatePrecision.Day).Select(d => d.Value).Distinct().ToList();
        if (da.Count == 1 && db.Count == 1 && da[0] != db[0])
        {
            yield return ("date: " + Topic(a), da[0].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), db[0].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        // Who and where differ meaningfully only between sentences that are the same once the names
        // are set aside (edited copy with a name swapped). Between paraphrases, a source that names
        // another official or leaves out a place is telling more or less, not contradicting.
        if (SameApartFromNames(a, b))
        {
            foreach (var d in NamesDisagree(a, b))
            {
                yield return d;
            }
        }

        // Negation flips a claim only between sentences that are otherwise nearly the same; between
        // paraphrases it is as often the same claim worded the other way round ("kept open" / "not evacuated").
        if (nearlySame && a.Negated != b.Negated && Denies(a.Negated ? a : b, a.Negated ? b : a))
        {
            yield return ("contradicted: " + Topic(a), a.Negated ? "denies" : "states", b.Negated ? "denies" : "states");
        }
    }

    private static IEnumerable<(string About, string A, string B)> NamesDisagree(Clause a, Clause b)
    {
        var pa = Names(a, EntityType.Person);
        var pb = Names(b, EntityType.Person);
        if (pa.Count > 0 && pb.Count > 0 && !pa.Overlaps(pb))
        {
            yield return ("who: " + Topic(a), string.Join(", ", pa), string.Join(", ", pb));
        }

        var sa = Names(a, EntityType.Place).Union(Names(a, EntityType.Organization)).ToImmutableSortedSet(StringComparer.Ordinal);
        var sb = Names(b, EntityType.Place).Union(Names(b, EntityType.Organization)).ToImmutableSortedSet(StringComparer.Ordinal);
        if (sa.Count >= 2 && sb.Count >= 2 && !sa.IsSubsetOf(sb) && !sb.IsSubsetOf(sa))
        {
            yield return ("participants: " + Topic(a), string.Join(", ", sa), string.Join(", ", sb));
        }
    }

    private static bool SameApartFromNames(Clause a, Clause b)
    {
        var wa = a.WordsBesideNames;
        var wb = b.WordsBesideNames;
        if (wa.Count < 4 || wb.Count < 4)
        {
            return false;
        }

        var shared = wa.Count(wb.Contains);
        return shared / (double)(wa.Count + wb.Count - shared) >= SameApartFromNamesJaccard;
    }

    private static SortedSet<string> Names(Clause c, EntityType type) =>
        new(c.Entities.Where(e => e.Type == type).Select(e => e.Entity), StringComparer.Ordinal);

    // A short handle on what the sentences are about: their first content words.
    private static string Topic(Clause c)
    {
        var words = c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(8)) + (words.Length > 8 ? " …" : string.Empty);
    }

    // "about 400" and "about 410" are one figure rounded two ways: a hedged number gets a wider tolerance.
    private static bool Same(double x, double y, bool approximate = false) =>
        Math.Abs(x - y) <= (approximate ? ApproximateTolerance : SameValueTolerance) * Math.Max(Math.Abs(x), Math.Abs(y));

    // A denial contradicts the other sentence only when it denies something that sentence asserts:
    // "no deaths were reported" adds to "two were hurt", it does not deny it.
    private static bool Denies(Clause negated, Clause other)
    {
        return negated.NegatedWords.Any(other.WordSet.Contains);
    }

    private static string Key(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
