using Storyline.Documents;

namespace Storyline.Consolidation;

/// <summary>
/// The story's dated events: every sentence with a date the Language stage resolved, merged across
/// articles when they give the same date for the same statement, in calendar order.
/// </summary>
internal static class TimelineBuilder
{
    /// <summary>The timeline; the best-supported events when there are more than <see cref="ConsolidationOptions.MaxTimelineEvents"/>.</summary>
    public static List<TimelineEvent> Build(IReadOnlyList<Clause> clauses, ClauseVectors vectors, IReadOnlyDictionary<int, AlignedFact> factOf, ConsolidationOptions options)
    {
        var events = new List<(DateOnly Date, DatePrecision Precision, List<Clause> Clauses)>();
        foreach (var clause in clauses)
        {
            // One event per sentence, dated by its most precise date ("from 1996 until the September 11, 2001 attacks" is 2001-09-11).
            foreach (var date in clause.Dates.OrderBy(d => d.Precision).ThenBy(d => d.Start).Take(1))
            {
                var same = events.FirstOrDefault(e => e.Date == date.Value && e.Precision == date.Precision
                    && e.Clauses.Any(c => SameStatement(c, clause, vectors, factOf, options)));
                if (same.Clauses is null)
                {
                    events.Add((date.Value, date.Precision, [clause]));
                }
                else if (same.Clauses.All(c => c.ArticleIndex != clause.ArticleIndex))
                {
                    same.Clauses.Add(clause);
                }
            }
        }

        return [.. events
            .OrderByDescending(e => e.Clauses.Count)
            .ThenBy(e => e.Clauses[0].Id)
            .Take(options.MaxTimelineEvents)
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Precision)
            .ThenBy(e => e.Clauses[0].Id)
            .Select(e => new TimelineEvent(e.Date, e.Precision, e.Clauses[0].Text, [.. e.Clauses.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal)]))];
    }

    private static bool SameStatement(Clause a, Clause b, ClauseVectors vectors, IReadOnlyDictionary<int, AlignedFact> factOf, ConsolidationOptions options) =>
        (factOf.TryGetValue(a.Id, out var fa) && factOf.TryGetValue(b.Id, out var fb) && ReferenceEquals(fa, fb))
        || vectors.Cosine(a.Id, b.Id) >= options.DiscrepancyThreshold;
}
