using System.Collections.Immutable;
using Storyline.Documents;
using Storyline.Language;

namespace Storyline.Consolidation;

/// <summary>
/// The Consolidation stage: aligns the statements of a story's articles into facts with their
/// independent sources, finds where the sources disagree, orders the dated events, and writes a
/// cited extractive summary under the most representative headline.
/// </summary>
/// <param name="options">Stage options.</param>
public sealed class BriefBuilder(ConsolidationOptions options) : IBriefBuilder
{
    /// <summary>Stage options.</summary>
    public ConsolidationOptions Options { get; } = options;

    /// <inheritdoc />
    public Brief Build(Story story, ReuseReport reuse)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(reuse);
        var clauses = ClauseReader.Read(story);
        var vectors = new ClauseVectors(clauses);
        var aligned = FactAligner.Align(clauses, vectors, Options.AlignmentThreshold);
        var factOf = new Dictionary<int, AlignedFact>();
        foreach (var fact in aligned)
        {
            foreach (var c in fact.Clauses)
            {
                factOf[c.Id] = fact;
            }
        }

        var picked = Summarizer.Select(clauses, vectors, factOf, Options.SummaryWords, Options);
        var summary = picked
            .Select(c => new SummarySentence(c.Text, [.. factOf[c.Id].ArticleIds]))
            .ToImmutableArray();
        var facts = ListFacts(aligned, picked, reuse);
        var outlets = story.Articles.Select(a => SourceCounter.OutletOf(a.Article)).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        var outletOf = story.Articles.ToDictionary(a => a.Id, a => SourceCounter.OutletOf(a.Article), StringComparer.Ordinal);
        var coverage = new CoverageMatrix(outlets, [.. facts.Select(f =>
        {
            var reporting = f.ArticleIds.Select(id => outletOf[id]).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return outlets.Select(reporting.Contains).ToImmutableArray();
        })]);

        return new Brief(
            story.Id,
            HeadlineChooser.Choose(story, clauses, picked.FirstOrDefault()),
            summary,
            [.. TimelineBuilder.Build(clauses, vectors, factOf, Options)],
            StoryEntityMerger.Merge(story.Articles),
            [.. QuoteMerger.Merge(story.Articles)],
            facts,
            [.. DiscrepancyFinder.Find(clauses, vectors, Options)],
            [.. reuse.Passages.Select(p => new ReusedPassage(p.Text, [.. p.ArticleIds], p.CreditedTo))])
        {
            Coverage = coverage,
        };
    }

    /// <summary>
    /// Every statement two or more articles make, most independently sourced first, then the
    /// statements of a single article that matter most: those the summary uses, then report leads.
    /// </summary>
    private ImmutableArray<Fact> ListFacts(List<AlignedFact> aligned, List<Clause> picked, ReuseReport reuse)
    {
        var inSummary = picked.Select(c => c.Id).ToHashSet();
        var corroborated = aligned
            .Where(f => f.Clauses.Count >= 2)
            .Select(f => (Fact: f, Sources: SourceCounter.Count(f.Clauses, reuse)))
            .OrderByDescending(x => x.Sources)
            .ThenByDescending(x => x.Fact.Clauses.Count)
            .ThenBy(x => x.Fact.Clauses.Min(c => c.Ordinal));
        var single = aligned
            .Where(f => f.Clauses.Count == 1)
            .OrderByDescending(f => inSummary.Contains(f.Clauses[0].Id))
            .ThenBy(f => f.Clauses[0].Ordinal)
            .ThenBy(f => f.Clauses[0].Id)
            .Take(Options.MaxSingleArticleFacts)
            .Select(f => (Fact: f, Sources: 1));
        return [.. corroborated.Concat(single).Select(x => new Fact(x.Fact.Representative.Text, [.. x.Fact.ArticleIds], x.Sources))];
    }
}
