using System.Collections.Immutable;

namespace Storyline.Documents;

/// <summary>Where a shared passage stands in one article.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Start">Offset in <see cref="Article.Text"/>.</param>
/// <param name="Length">Length in characters.</param>
public sealed record PassageOccurrence(string ArticleId, int Start, int Length);

/// <summary>A passage of a few sentences or more that two or more articles share, verbatim or lightly edited.</summary>
/// <param name="Text">The passage as the earliest article has it.</param>
/// <param name="Occurrences">Where it stands in each article that carries it.</param>
/// <param name="CreditedTo">The agency it is credited to ("AFP"), when the articles' credits or text name one.</param>
/// <param name="EarliestPublished">Publication time of the earliest article that carries it.</param>
public sealed record SharedPassage(string Text, ImmutableArray<PassageOccurrence> Occurrences, string? CreditedTo, DateTimeOffset? EarliestPublished)
{
    /// <summary>The ids of the articles that carry the passage.</summary>
    public IEnumerable<string> ArticleIds => Occurrences.Select(o => o.ArticleId).Distinct(StringComparer.Ordinal);
}

/// <summary>Articles that are the same report (syndication, updates, re-publication).</summary>
/// <param name="CanonicalId">The article kept as the report.</param>
/// <param name="CopyIds">The other articles, recorded as its copies.</param>
public sealed record NearDuplicateGroup(string CanonicalId, ImmutableArray<string> CopyIds);

/// <summary>What the Reuse stage found across a set of articles.</summary>
/// <param name="Passages">Shared passages.</param>
/// <param name="Duplicates">Groups of near-duplicate articles.</param>
public sealed record ReuseReport(ImmutableArray<SharedPassage> Passages, ImmutableArray<NearDuplicateGroup> Duplicates)
{
    /// <summary>A report that found nothing.</summary>
    public static ReuseReport Empty { get; } = new([], []);

    /// <summary>The part of the report that concerns only the given articles.</summary>
    public ReuseReport Restrict(IReadOnlySet<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var passages = Passages
            .Select(p => p with { Occurrences = [.. p.Occurrences.Where(o => articleIds.Contains(o.ArticleId))] })
            .Where(p => p.ArticleIds.Count() >= 2)
            .ToImmutableArray();
        var duplicates = Duplicates
            .Select(d => (d.CanonicalId, Members: new[] { d.CanonicalId }.Concat(d.CopyIds).Where(articleIds.Contains).ToArray()))
            .Where(d => d.Members.Length >= 2)
            .Select(d => new NearDuplicateGroup(d.Members[0], [.. d.Members.Skip(1)]))
            .ToImmutableArray();
        return new ReuseReport(passages, duplicates);
    }

    /// <summary>
    /// The part of the report that concerns each group of articles, as <see cref="Restrict"/> gives it
    /// group by group, in one pass over the report: restricting a large report once per story read
    /// every passage of the input for every story.
    /// </summary>
    /// <param name="groups">Disjoint groups of article ids (an id in several groups counts for the first).</param>
    public IReadOnlyList<ReuseReport> Partition(IReadOnlyList<IReadOnlyCollection<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var id in groups[g])
            {
                groupOf.TryAdd(id, g);
            }
        }

        var passages = groups.Select(_ => ImmutableArray.CreateBuilder<SharedPassage>()).ToArray();
        foreach (var passage in Passages)
        {
            foreach (var part in passage.Occurrences.Where(o => groupOf.ContainsKey(o.ArticleId)).GroupBy(o => groupOf[o.ArticleId]))
            {
                var kept = passage with { Occurrences = [.. part] };
                if (kept.ArticleIds.Count() >= 2)
                {
                    passages[part.Key].Add(kept);
                }
            }
        }

        var duplicates = groups.Select(_ => ImmutableArray.CreateBuilder<NearDuplicateGroup>()).ToArray();
        foreach (var duplicate in Duplicates)
        {
            var members = new[] { duplicate.CanonicalId }.Concat(duplicate.CopyIds).Where(groupOf.ContainsKey);
            foreach (var part in members.GroupBy(id => groupOf[id]).Where(p => p.Count() >= 2))
            {
                duplicates[part.Key].Add(new NearDuplicateGroup(part.First(), [.. part.Skip(1)]));
            }
        }

        return [.. Enumerable.Range(0, groups.Count).Select(g => new ReuseReport(passages[g].ToImmutable(), duplicates[g].ToImmutable()))];
    }
}
