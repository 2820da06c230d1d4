using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using System.Collections.Immutable;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Tests.Pipeline;

/// <summary>A long input put in time order through a spool before it is grouped in batches.</summary>
public class TimeOrderTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>An article per entry: its source id is its input position, its date the entry's day (none for null).</summary>
    private static List<Article> Articles(IEnumerable<int?> days) =>
        [.. days.Select((day, i) =>
        {
            var position = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new Article
            {
                Id = "id" + position,
                SourceId = position,
                Origin = "/in/" + position,
                RawText = "report " + position,
                Paragraphs = ["report " + position],
                Published = day is { } d ? Start.AddDays(d) : null,
            };
        })];

    /// <summary>The articles cut into chunks of <paramref name="batch"/> as the pipeline cleans them, sorted, and the batches that come back.</summary>
    private static List<ImmutableArray<Article>> Batches(List<Article> articles, int batch) =>
        [.. TimeOrder.Sort(articles.Chunk(batch).Select(c => c.ToImmutableArray()), batch, a => a.Published)];

    private static List<Article> Sorted(List<Article> articles, int batch) => [.. Batches(articles, batch).SelectMany(b => b)];

    private static (string, string, DateTimeOffset?, string) Key(Article a) => (a.SourceId, a.Id, a.Published, a.Text);

    private static List<string> Positions(IEnumerable<Article> articles) => [.. articles.Select(a => a.SourceId)];

    [Theory]
    [InlineData(3, 4, true)]
    [InlineData(4, 4, false)]
    [InlineData(0, 0, false)]
    public void LongerThan_ReadsAheadOnlyPastTheCount_AndGivesEveryItemOnce(int count, int items, bool longer)
    {
        var read = 0;
        IEnumerable<int> Counted()
        {
            for (var i = 0; i < items; i++)
            {
                read++;
                yield return i;
            }
        }

        Assert.Equal(longer, TimeOrder.LongerThan(Counted(), count, out var all));
        Assert.Equal(Math.Min(items, count + 1), read);
        Assert.Equal(Enumerable.Range(0, items), all);
        Assert.Equal(items, read);
    }

    [Fact]
    public void Sort_LongInput_DatedByTimeAndUndatedAfterTheReportTheyFollowed()
    {
        // Two outlets' files one after the other: days 1, 4, none, 7 and then days 2, 5, 8.
        var articles = Articles([1, 4, null, 7, 2, 5, 8]);

        var sorted = Sorted(articles, batch: 3);

        Assert.Equal(["0", "4", "1", "2", "5", "3", "6"], Positions(sorted));
    }

    [Fact]
    public void Sort_UndatedBeforeAnyDated_ComeFirst()
    {
        var articles = Articles([null, 3, null, 1, 2]);

        Assert.Equal(["0", "3", "4", "1", "2"], Positions(Sorted(articles, batch: 2)));
    }

    [Property(MaxTest = 200)]
    public Property Sort_AnyInput_EveryArticleOnceWithItsFieldsAndTheDatedInTimeOrder() =>
        Prop.ForAll(Gen.ListOf(Gen.Frequency((1, Gen.Constant((int?)null)), (3, Gen.Choose(0, 20).Select(d => (int?)d)))).ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (days, batch) =>
        {
            var articles = Articles(days);
            var batches = Batches(articles, batch);
            var sorted = batches.SelectMany(b => b).ToList();
            var dated = sorted.Select(d => d.Published).OfType<DateTimeOffset>().ToList();
            return sorted.Count == articles.Count
                && batches.SkipLast(1).All(b => b.Length == batch)
                && sorted.OrderBy(d => int.Parse(d.SourceId, System.Globalization.CultureInfo.InvariantCulture)).Select(Key).SequenceEqual(articles.Select(Key))
                && dated.Zip(dated.Skip(1)).All(p => p.First <= p.Second);
        });

    [Property(MaxTest = 100)]
    public Property Sort_InputInTimeOrder_ComesBackUnchanged() =>
        Prop.ForAll(Gen.ListOf(Gen.Frequency((1, Gen.Constant((int?)null)), (3, Gen.Choose(0, 3).Select(d => (int?)d)))).ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (steps, batch) =>
        {
            // Days that never go back, with undated entries anywhere.
            var day = 0;
            var articles = Articles(steps.Select(s => s is { } step ? day += step : (int?)null));
            return Positions(Sorted(articles, batch)).SequenceEqual(Positions(articles));
        });

    [Fact]
    public void Spool_EveryField_ReadBackAsWritten()
    {
        var full = new Article
        {
            Id = "id1",
            SourceId = "src1",
            Origin = "/in/a.html",
            FileName = "a.html",
            RawText = "<p>Ünïcödé — “quotes”</p>" + new string('x', 100_000),
            Title = "Title",
            Paragraphs = ["First paragraph.", "Second — “quoted”."],
            Removed = [new RemovedBlock("Leave a reply", RemovalReasons.Comments), new RemovedBlock("Menu", RemovalReasons.Navigation)],
            Byline = "A. Writer",
            Published = new DateTimeOffset(2021, 10, 7, 13, 45, 0, TimeSpan.FromHours(3)),
            Outlet = "Outlet",
            Language = "ru",
            Url = "https://example.org/a",
            Credits = ["AFP", "TASS"],
        };
        var bare = new Article { Id = "id2", SourceId = "src2", Origin = "stdin:2", RawText = "", EmptyReason = "no main content" };
        using var spool = new ArticleSpool();
        var positions = new[] { full, bare }.Select(spool.Write).ToList();

        AssertSame(bare, spool.Read(positions[1]));
        AssertSame(full, spool.Read(positions[0]));
    }

    private static void AssertSame(Article expected, Article actual)
    {
        Assert.Equal(
            (expected.Id, expected.SourceId, expected.Origin, expected.FileName, expected.RawText, expected.Title, expected.Byline, expected.Outlet, expected.Language, expected.Url, expected.EmptyReason),
            (actual.Id, actual.SourceId, actual.Origin, actual.FileName, actual.RawText, actual.Title, actual.Byline, actual.Outlet, actual.Language, actual.Url, actual.EmptyReason));
        Assert.Equal(expected.Published, actual.Published);
        Assert.Equal(expected.Published?.Offset, actual.Published?.Offset);
        Assert.Equal(expected.Paragraphs.ToArray(), actual.Paragraphs.ToArray());
        Assert.Equal(expected.Removed.ToArray(), actual.Removed.ToArray());
        Assert.Equal(expected.Credits.ToArray(), actual.Credits.ToArray());
        Assert.Equal(expected.Text, actual.Text);
    }

    [Fact]
    public void Spool_DisposeDeletesTheFile()
    {
        string path;
        using (var spool = new ArticleSpool())
        {
            path = spool.Path;
            spool.Write(Articles([1])[0]);
            Assert.True(File.Exists(path));
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Spool_DirectoryMissing_ErrorNamesTheFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), "storyline-no-such-dir-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<IOException>(() => new ArticleSpool(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
