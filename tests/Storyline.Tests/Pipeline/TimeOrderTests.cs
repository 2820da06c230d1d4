using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Tests.Pipeline;

/// <summary>A long input put in time order through a spool before it is grouped in batches.</summary>
public class TimeOrderTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A document per entry: its source id is its input position, its date the entry's day (none for null).</summary>
    private static List<RawDocument> Documents(IEnumerable<int?> days) =>
        [.. days.Select((day, i) => RawDocument.Create($"report {i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"/in/{i}", SourceFormat.Text,
            new DocumentHints(null, day is { } d ? Start.AddDays(d) : null)))];

    private static List<RawDocument> Sorted(List<RawDocument> documents, int batch) =>
        [.. TimeOrder.Sort(documents, batch, b => [.. b.Select(d => d.Hints.Published)])];

    private static List<string> Positions(IEnumerable<RawDocument> documents) => [.. documents.Select(d => d.SourceId)];

    [Fact]
    public void Sort_InputOfOneBatch_ComesBackAsItCame()
    {
        var documents = Documents([5, 1, null, 3]);

        Assert.Equal(Positions(documents), Positions(Sorted(documents, batch: 4)));
    }

    [Fact]
    public void Sort_LongInput_DatedByTimeAndUndatedAfterTheReportTheyFollowed()
    {
        // Two outlets' files one after the other: days 1, 4, none, 7 and then days 2, 5, 8.
        var documents = Documents([1, 4, null, 7, 2, 5, 8]);

        var sorted = Sorted(documents, batch: 3);

        Assert.Equal(["0", "4", "1", "2", "5", "3", "6"], Positions(sorted));
    }

    [Fact]
    public void Sort_UndatedBeforeAnyDated_ComeFirst()
    {
        var documents = Documents([null, 3, null, 1, 2]);

        Assert.Equal(["0", "3", "4", "1", "2"], Positions(Sorted(documents, batch: 2)));
    }

    [Property(MaxTest = 200)]
    public Property Sort_AnyInput_EveryDocumentOnceWithItsFieldsAndTheDatedInTimeOrderPastOneBatch() =>
        Prop.ForAll(Gen.ListOf(Gen.Frequency((1, Gen.Constant((int?)null)), (3, Gen.Choose(0, 20).Select(d => (int?)d)))).ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (days, batch) =>
        {
            var documents = Documents(days);
            var sorted = Sorted(documents, batch);
            var dated = sorted.Select(d => d.Hints.Published).OfType<DateTimeOffset>().ToList();
            return sorted.Count == documents.Count
                && sorted.OrderBy(d => int.Parse(d.SourceId, System.Globalization.CultureInfo.InvariantCulture)).SequenceEqual(documents)
                && (documents.Count <= batch ? sorted.SequenceEqual(documents) : dated.Zip(dated.Skip(1)).All(p => p.First <= p.Second));
        });

    [Property(MaxTest = 100)]
    public Property Sort_InputInTimeOrder_ComesBackUnchanged() =>
        Prop.ForAll(Gen.ListOf(Gen.Frequency((1, Gen.Constant((int?)null)), (3, Gen.Choose(0, 3).Select(d => (int?)d)))).ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (steps, batch) =>
        {
            // Days that never go back, with undated entries anywhere.
            var day = 0;
            var documents = Documents(steps.Select(s => s is { } step ? day += step : (int?)null));
            return Positions(Sorted(documents, batch)).SequenceEqual(Positions(documents));
        });

    [Fact]
    public void Spool_EveryField_ReadBackAsWritten()
    {
        var documents = new[]
        {
            new RawDocument("id1", "src1", "/in/a.html", "a.html", "<p>Ünïcödé — “quotes”</p>" + new string('x', 100_000), SourceFormat.Html,
                new DocumentHints("Title", new DateTimeOffset(2021, 10, 7, 13, 45, 0, TimeSpan.FromHours(3)), "Outlet", "https://example.org/a", "ru")),
            new RawDocument("id2", "src2", "stdin:2", null, "", SourceFormat.Text, DocumentHints.None),
        };
        using var spool = new DocumentSpool();
        var positions = documents.Select(spool.Write).ToList();

        Assert.Equal(documents[1], spool.Read(positions[1]));
        Assert.Equal(documents[0], spool.Read(positions[0]));
        Assert.Equal(documents[0].Hints.Published!.Value.Offset, spool.Read(positions[0]).Hints.Published!.Value.Offset);
    }

    [Fact]
    public void Spool_DisposeDeletesTheFile()
    {
        string path;
        using (var spool = new DocumentSpool())
        {
            path = spool.Path;
            spool.Write(Documents([1])[0]);
            Assert.True(File.Exists(path));
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Spool_DirectoryMissing_ErrorNamesTheFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), "storyline-no-such-dir-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<IOException>(() => new DocumentSpool(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
