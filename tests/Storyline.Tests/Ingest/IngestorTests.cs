using System.Text;
using Storyline.Documents;
using Storyline.Ingest;
using Storyline.Tests.Support;

namespace Storyline.Tests.Ingest;

public class IngestorTests
{
    private const string Report = "A title\n\nFirst paragraph of a report about a harbour.\n\nSecond paragraph with more detail.";

    private static List<IngestItem> Read(IngestOptions? options, TextReader? stdin, params string[] inputs) =>
        [.. new Ingestor(options ?? IngestOptions.Default, stdin).Read(inputs)];

    private static List<IngestItem> Read(params string[] inputs) => Read(null, null, inputs);

    private static RawDocument Doc(IngestItem item) => Assert.IsType<IngestedDocument>(item).Document;

    private static void AssertOneLineError(IngestItem item, string originContains)
    {
        var error = Assert.IsType<IngestError>(item);
        Assert.Contains(originContains, error.Origin, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.DoesNotContain('\n', error.Message);
    }

    [SharedDataFact]
    public void Read_SeedsDirectory_OneTextDocumentPerFileNamedByFile()
    {
        var items = Read(SharedData.Seeds);
        var docs = items.Select(Doc).ToList();
        Assert.Equal(SharedData.SeedFiles.Count, docs.Count);
        Assert.Equal(SharedData.SeedFiles.Select(Path.GetFileNameWithoutExtension), docs.Select(d => d.SourceId));
        Assert.All(docs, d => Assert.Equal(SourceFormat.Text, d.Format));
        Assert.All(docs, d => Assert.Equal(d.SourceId + ".txt", d.FileName));
        Assert.All(docs, d => Assert.Equal(ContentId.ForReport(d.Content, d.Hints.Title), d.Id));
    }

    [Fact]
    public void Read_NestedDirectories_RecursiveOrdinalOrderHiddenAndUnknownSkipped()
    {
        using var dir = new TempDir();
        dir.Write("b/z.txt", Report + " z");
        dir.Write("a/deeper/y.txt", Report + " y");
        dir.Write("a/x.htm", "<html><body><p>" + Report + "</p></body></html>");
        dir.Write(".hidden.txt", Report + " hidden");
        dir.Write(".git/config.txt", Report + " in hidden dir");
        dir.Write("notes.docx", Report + " unknown extension");
        var docs = Read(dir.Path).Select(Doc).ToList();
        Assert.Equal(["y", "x", "z"], docs.Select(d => d.SourceId));
        Assert.Equal(SourceFormat.Html, docs[1].Format);
    }

    [Fact]
    public void Read_DirectoryWithLinkBackUp_EachFileOnce()
    {
        using var dir = new TempDir();
        dir.Write("a/r.txt", Report);
        Directory.CreateSymbolicLink(dir.Combine("a/back"), dir.Path);
        Assert.Equal(["r"], Read(dir.Path).Select(i => Doc(i).SourceId));
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    [Fact]
    public void Read_GzipFiles_DecompressedAndNamedWithoutExtensions()
    {
        using var dir = new TempDir();
        dir.WriteBytes("page.html.gz", Gzip("<html><body><p>" + Report + "</p></body></html>"));
        dir.WriteBytes("feed.jsonl.gz", Gzip("{\"id\":\"j1\",\"text\":\"One.\"}\n{\"id\":\"j2\",\"text\":\"Two.\"}\n"));
        dir.WriteBytes("other.bin.gz", Gzip("not a report"));
        var docs = Read(dir.Path).Select(Doc).ToList();
        Assert.Equal(["j1", "j2", "page"], docs.Select(d => d.SourceId));
        Assert.Equal(SourceFormat.Html, docs[2].Format);
        Assert.Equal("page.html.gz", docs[2].FileName);
    }

    [Fact]
    public void Read_BadGzip_OneErrorEach()
    {
        using var dir = new TempDir();
        var corrupt = dir.WriteBytes("corrupt.txt.gz", [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03]);
        var bomb = dir.WriteBytes("bomb.txt.gz", Gzip(new string('a', 100_000)));
        var items = Read(IngestOptions.Default with { MaxDocumentBytes = 10_000 }, null, corrupt, bomb);
        Assert.Equal(2, items.Count);
        AssertOneLineError(items[0], "corrupt.txt.gz");
        AssertOneLineError(items[1], "bomb.txt.gz");
        Assert.Contains("decompressed", ((IngestError)items[1]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HtmlSavedAsTxt_FormatSniffedFromContent()
    {
        using var dir = new TempDir();
        var path = dir.Write("page.txt", "<!DOCTYPE html><html><head><title>T</title></head><body><p>Body text.</p></body></html>");
        Assert.Equal(SourceFormat.Html, Doc(Assert.Single(Read(path))).Format);
    }

    [Fact]
    public void Read_JsonLines_FieldsBecomeHints()
    {
        using var dir = new TempDir();
        var path = dir.Write("feed.jsonl",
            """
            {"id": "a1", "title": "Ferries collide", "text": "Two ferries collided.", "date": "2021-10-07 12:00:00", "source": "Harbour Herald", "url": "https://example.org/a1", "lang": "en", "event_id": 7}
            {"id": 42, "text": "Second article."}

            """);
        var docs = Read(path).Select(Doc).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("a1", docs[0].SourceId);
        Assert.Equal("Ferries collide", docs[0].Hints.Title);
        Assert.Equal(new DateTimeOffset(2021, 10, 7, 12, 0, 0, TimeSpan.Zero), docs[0].Hints.Published);
        Assert.Equal("Harbour Herald", docs[0].Hints.Source);
        Assert.Equal("https://example.org/a1", docs[0].Hints.Url);
        Assert.Equal("en", docs[0].Hints.Language);
        Assert.Equal("feed.jsonl", docs[0].FileName);
        Assert.EndsWith("feed.jsonl:1", docs[0].Origin, StringComparison.Ordinal);
        Assert.Equal("42", docs[1].SourceId);
    }

    [Fact]
    public void Read_JsonLinesOfANewsApi_OtherFieldNamesAndTheSourceObjectRead()
    {
        using var dir = new TempDir();
        var path = dir.Write("api.jsonl",
            """{"article_id": "n1", "headline": "Ferries collide", "body": "Two ferries collided.", "publishedAt": "2021-10-07T08:30:00Z", "source": {"id": null, "name": "Harbour Herald"}, "link": "https://example.org/n1"}""");
        var document = Doc(Assert.Single(Read(path)));
        Assert.Equal("n1", document.SourceId);
        Assert.Equal("Ferries collide", document.Hints.Title);
        Assert.Equal("Two ferries collided.", document.Content);
        Assert.Equal(new DateTimeOffset(2021, 10, 7, 8, 30, 0, TimeSpan.Zero), document.Hints.Published);
        Assert.Equal("Harbour Herald", document.Hints.Source);
        Assert.Equal("https://example.org/n1", document.Hints.Url);
    }

    [Fact]
    public void Read_JsonLinesSameBodyUnderOtherTitles_DistinctIdsUnlessTheTitleToo()
    {
        using var dir = new TempDir();
        var path = dir.Write("paywall.jsonl",
            """
            {"id": "p1", "title": "Ferries collide", "text": "Subscribe to continue reading."}
            {"id": "p2", "title": "Budget passes", "text": "Subscribe to continue reading."}
            {"id": "p3", "title": "Ferries  collide", "text": "Subscribe to continue reading.", "date": "2021-10-08"}

            """);
        var docs = Read(path).Select(Doc).ToList();
        Assert.NotEqual(docs[0].Id, docs[1].Id);
        Assert.Equal(docs[0].Id, docs[2].Id);
    }

    [Fact]
    public void Read_JsonLinesTitleOnly_ReadFromTheTitleWithAWarning()
    {
        using var dir = new TempDir();
        var path = dir.Write("titles.jsonl", """{"id": "t1", "title": "Ferries collide in Portvale harbour", "date": "2021-10-07"}""");
        var item = Assert.IsType<IngestedDocument>(Assert.Single(Read(path)));
        Assert.Equal("Ferries collide in Portvale harbour", item.Document.Content);
        Assert.Equal("Ferries collide in Portvale harbour", item.Document.Hints.Title);
        Assert.Contains("title", Assert.Single(item.Warnings), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("next Tuesday")]
    [InlineData("2021-13-45")]
    public void Read_JsonLinesUnreadableDate_UndatedWithAWarningQuotingIt(string date)
    {
        using var dir = new TempDir();
        var path = dir.Write("dates.jsonl", $$"""{"id": "d1", "text": "Two ferries collided.", "date": "{{date}}"}""");
        var item = Assert.IsType<IngestedDocument>(Assert.Single(Read(path)));
        Assert.Null(item.Document.Hints.Published);
        var warning = Assert.Single(item.Warnings);
        Assert.Contains(date, warning, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', warning);
    }

    [Fact]
    public void Read_JsonLinesWithReadableFields_NoWarnings()
    {
        using var dir = new TempDir();
        var path = dir.Write("ok.jsonl", """{"id": "o1", "title": "T", "text": "Two ferries collided.", "date": "2021-10-07T08:30:00Z"}""");
        Assert.Empty(Assert.IsType<IngestedDocument>(Assert.Single(Read(path))).Warnings);
    }

    [Fact]
    public void Read_JsonLinesNewsPleaseNames_Accepted()
    {
        using var dir = new TempDir();
        var path = dir.Write("np.jsonl", """{"maintext": "Body from news-please.", "date_publish": "2021-10-07 08:30:00", "source_domain": "example.com", "title": null}""");
        var doc = Doc(Assert.Single(Read(path)));
        Assert.Equal("Body from news-please.", doc.Content);
        Assert.Equal(new DateTimeOffset(2021, 10, 7, 8, 30, 0, TimeSpan.Zero), doc.Hints.Published);
        Assert.Equal("example.com", doc.Hints.Source);
        Assert.Null(doc.Hints.Title);
        Assert.Equal("np-1", doc.SourceId);
    }

    [Fact]
    public void Read_JsonLinesTextHoldingHtml_SniffedAsHtml()
    {
        using var dir = new TempDir();
        var path = dir.Write("h.jsonl", """{"id": "h", "text": "<div><p>One.</p><p>Two.</p></div>"}""");
        Assert.Equal(SourceFormat.Html, Doc(Assert.Single(Read(path))).Format);
    }

    [Fact]
    public void Read_StdinSingleReport_OneDocumentFromStdin()
    {
        var doc = Doc(Assert.Single(Read(null, new StringReader(Report), "-")));
        Assert.Equal(Ingestor.StdinName, doc.Origin);
        Assert.Equal(Report, doc.Content);
    }

    [Fact]
    public void Read_StdinJsonLines_OneDocumentPerLine()
    {
        var stdin = new StringReader("{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n");
        Assert.Equal(["a", "b"], Read(null, stdin, "-").Select(i => Doc(i).SourceId));
    }

    [Fact]
    public void Read_EveryBadInputKind_OneErrorEachAndTheRunGoesOn()
    {
        using var dir = new TempDir();
        var good = dir.Write("good.txt", Report);
        var binary = dir.WriteBytes("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02]);
        var empty = dir.WriteBytes("empty.txt", []);
        var blank = dir.Write("blank.txt", "  \n\t\n");
        var huge = dir.Write("huge.txt", new string('x', 2048));
        var lines = dir.WriteBytes("lines.jsonl", [
            .. "{\"id\":\"ok\",\"text\":\"Fine.\"}\n"u8.ToArray(),
            .. "{\"id\": \"broken\", \"text\": \n"u8.ToArray(),
            .. "{\"id\":\"bad-utf8\",\"text\":\"caf"u8.ToArray(), 0xE9, .. "\"}\n"u8.ToArray(),
            .. "{\"id\":\"no-text\",\"url\":\"https://example.org/t\"}\n"u8.ToArray(),
            .. "[1,2]\n"u8.ToArray(),
        ]);
        var missing = dir.Combine("missing.txt");
        var options = IngestOptions.Default with { MaxDocumentBytes = 1024 };

        var items = Read(options, null, binary, empty, blank, huge, lines, missing, good);

        Assert.Equal(["ok", "good"], items.OfType<IngestedDocument>().Select(d => d.Document.SourceId));
        var errors = items.OfType<IngestError>().ToList();
        Assert.Equal(9, errors.Count);
        AssertOneLineError(errors[0], "binary.txt");
        AssertOneLineError(errors[1], "empty.txt");
        AssertOneLineError(errors[2], "blank.txt");
        AssertOneLineError(errors[3], "huge.txt");
        Assert.Contains("too large", errors[3].Message, StringComparison.Ordinal);
        AssertOneLineError(errors[4], "lines.jsonl:2");
        Assert.Contains("malformed JSON", errors[4].Message, StringComparison.Ordinal);
        AssertOneLineError(errors[5], "lines.jsonl:3");
        Assert.Contains("UTF-8", errors[5].Message, StringComparison.Ordinal);
        AssertOneLineError(errors[6], "lines.jsonl:4");
        AssertOneLineError(errors[7], "lines.jsonl:5");
        AssertOneLineError(errors[8], "missing.txt");
    }

    [Fact]
    public void Read_JsonLineOverLimit_ErrorNamesLineAndNextLineRead()
    {
        using var dir = new TempDir();
        var path = dir.Write("big.jsonl", "{\"id\":\"big\",\"text\":\"" + new string('x', 4000) + "\"}\n{\"id\":\"small\",\"text\":\"ok\"}\n");
        var items = Read(IngestOptions.Default with { MaxDocumentBytes = 1000 }, null, path);
        AssertOneLineError(items[0], "big.jsonl:1");
        Assert.Equal("small", Doc(items[1]).SourceId);
    }

    [Fact]
    public void Read_BinaryStdin_OneError()
    {
        var items = Read(null, new StringReader("PK\0\0\u0003\u0004"), "-");
        AssertOneLineError(Assert.Single(items), Ingestor.StdinName);
    }

    [Fact]
    public void Read_Windows1252File_DecodedNotRejected()
    {
        using var dir = new TempDir();
        var path = dir.WriteBytes("legacy.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" in the harbour.")]);
        Assert.Equal("Café in the harbour.", Doc(Assert.Single(Read(path))).Content);
    }
}
