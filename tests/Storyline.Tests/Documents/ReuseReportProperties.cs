using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Documents;

namespace Storyline.Tests.Documents;

public class ReuseReportProperties
{
    private static readonly string[] Ids = ["a", "b", "c", "d", "e", "f", "g"];

    private static Gen<ReuseReport> Reports() =>
        from passageCount in Gen.Choose(0, 6)
        from passages in Gen.ArrayOf(
            from carriers in Gen.SubListOf(Ids)
            from start in Gen.Choose(0, 500)
            select new SharedPassage("text", [.. carriers.Select((id, i) => new PassageOccurrence(id, start + i, 40))], null, null),
            passageCount)
        from duplicateCount in Gen.Choose(0, 3)
        from duplicates in Gen.ArrayOf(Gen.SubListOf(Ids).Where(m => m.Count >= 2).Select(m => new NearDuplicateGroup(m[0], [.. m.Skip(1)])), duplicateCount)
        select new ReuseReport([.. passages], [.. duplicates]);

    /// <summary>Disjoint groups: each id goes to one of three groups or to none.</summary>
    private static Gen<IReadOnlyCollection<string>[]> Groups() =>
        from slots in Gen.ArrayOf(Gen.Choose(-1, 2), Ids.Length)
        select Enumerable.Range(0, 3).Select(g => (IReadOnlyCollection<string>)Ids.Where((_, i) => slots[i] == g).ToHashSet(StringComparer.Ordinal)).ToArray();

    [Property(MaxTest = 200)]
    public Property Partition_DisjointGroups_SameAsRestrictingEachGroup() =>
        Prop.ForAll(Reports().ToArbitrary(), Groups().ToArbitrary(), (report, groups) =>
        {
            var parts = report.Partition(groups);
            return parts.Count == groups.Length && groups.Select((g, i) => Same(parts[i], report.Restrict((IReadOnlySet<string>)g))).All(x => x);
        });

    private static bool Same(ReuseReport x, ReuseReport y) =>
        x.Passages.Length == y.Passages.Length
        && x.Passages.Zip(y.Passages).All(p => p.First.Text == p.Second.Text && p.First.Occurrences.SequenceEqual(p.Second.Occurrences))
        && x.Duplicates.Length == y.Duplicates.Length
        && x.Duplicates.Zip(y.Duplicates).All(d => d.First.CanonicalId == d.Second.CanonicalId && d.First.CopyIds.SequenceEqual(d.Second.CopyIds));
}
