using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Reuse;

/// <summary>
/// The Reuse stage: near-duplicate articles (MinHash/LSH over word shingles) and passages shared
/// between articles (seed-and-extend alignment on an n-gram index), each passage credited to the wire
/// agency its carriers name. Cost grows with the n-grams articles share, not with the number of pairs.
/// </summary>
/// <param name="options">Stage options.</param>
public sealed class ReuseDetector(ReuseOptions options) : IReuseDetector
{
    /// <summary>Stage options.</summary>
    public ReuseOptions Options { get; } = options;

    /// <inheritdoc />
    public ReuseReport Detect(IReadOnlyList<AnnotatedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var unique = articles.DistinctBy(a => a.Id, StringComparer.Ordinal).ToList();
        if (unique.Count < 2)
        {
            return ReuseReport.Empty;
        }

        var tokens = unique.Select(a => ReuseTokens.Scan(a.Article.Text)).ToArray();
        var grams = tokens.Select(t => ReuseTokens.Grams(t, Options.GramLength)).ToArray();
        var duplicates = NearDuplicateFinder.Find(unique, grams, Options);
        var passages = PassageAligner.Align(grams, Options)
            .Select(spans => ToPassage(spans, unique, tokens))
            .OrderBy(p => p.EarliestPublished ?? DateTimeOffset.MaxValue)
            .ThenBy(p => p.Occurrences[0].ArticleId, StringComparer.Ordinal)
            .ThenBy(p => p.Occurrences[0].Start)
            .ToImmutableArray();
        return new ReuseReport(passages, duplicates);
    }

    private static SharedPassage ToPassage(List<TokenSpan> spans, List<AnnotatedArticle> articles, ReuseToken[][] tokens)
    {
        var ordered = spans
            .OrderBy(s => articles[s.Article].Article.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(s => s.Article)
            .ToList();
        var occurrences = ordered.Select(s =>
        {
            var first = tokens[s.Article][s.FirstToken];
            var last = tokens[s.Article][s.EndToken - 1];
            return new PassageOccurrence(articles[s.Article].Id, first.Start, last.End - first.Start);
        }).ToImmutableArray();
        var earliest = articles[ordered[0].Article].Article;
        var text = earliest.Text.Substring(occurrences[0].Start, occurrences[0].Length);
        var published = ordered.Select(s => articles[s.Article].Article.Published).OfType<DateTimeOffset>().DefaultIfEmpty().Min();
        var credit = AgencyCredits.Credit(ordered.Select(s => articles[s.Article].Article), text);
        return new SharedPassage(text, occurrences, credit, published == default ? null : published);
    }
}
