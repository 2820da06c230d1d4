using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Ingest;
using Storyline.Storage;
using Storyline.Tests.Support;

namespace Storyline.Tests.Storage;

public class ReingestPropertyTests
{
    /// <summary>Report texts: printable, non-blank, so every one is a valid report.</summary>
    private static Arbitrary<string[]> Reports() =>
        Gen.Choose(1, 6)
            .SelectMany(n => Gen.ArrayOf(
                Gen.Elements("ferry", "harbour", "Zürich", "talks", "12", "said", "\n", "\n\n", " ", "—", "é").ArrayOf().Select(w => "Report " + string.Concat(w)),
                n))
            .ToArbitrary();

    [Property(MaxTest = 25)]
    public Property Reingest_SameFiles_StoreUnchanged() => Prop.ForAll(Reports(), contents =>
    {
        using var dir = new TempDir();
        for (var i = 0; i < contents.Length; i++)
        {
            dir.Write($"r{i}.txt", contents[i]);
        }

        using var store = new SqliteStoryStore(":memory:");
        var ingestor = new Ingestor(IngestOptions.Default);
        var first = store.AddDocuments(ingestor.Read([dir.Path]).OfType<IngestedDocument>().Select(d => d.Document));
        var afterFirst = store.Documents();
        var second = store.AddDocuments(ingestor.Read([dir.Path]).OfType<IngestedDocument>().Select(d => d.Document));

        return second.Added == 0
            && second.AlreadyStored == contents.Length
            && first.Added == contents.Distinct(StringComparer.Ordinal).Count()
            && afterFirst.SequenceEqual(store.Documents());
    });
}
