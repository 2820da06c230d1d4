using Storyline.Cleaning;
using Storyline.Documents;
using Storyline.Tests.Support;

namespace Storyline.Tests.Cleaning;

public class SeedCleaningTests
{
    private static List<(string Raw, Article Article)> CleanSeeds()
    {
        var raws = SharedData.SeedFiles.Select(File.ReadAllText).ToList();
        var documents = SharedData.SeedFiles.Select((f, i) => RawDocument.Create(raws[i], Path.GetFileNameWithoutExtension(f), f, SourceFormat.Text)).ToList();
        var articles = new ArticleCleaner(CleaningOptions.Default).Clean(documents);
        return [.. raws.Zip(articles)];
    }

    [SharedDataFact]
    public void Clean_Seeds_EveryBlockIsKeptOrRemovedWithReason()
    {
        foreach (var (raw, article) in CleanSeeds())
        {
            var blocks = raw.Split('\n').Select(l => l.Trim().Trim('\u00a0').Trim()).Where(l => l.Length > 0).ToList();
            Assert.Equal(blocks.Count, article.Paragraphs.Length + article.Removed.Length);
            Assert.All(article.Removed, r => Assert.False(string.IsNullOrEmpty(r.Reason)));
        }
    }

    [SharedDataFact]
    public void Clean_Seeds_NoLongReportingParagraphLost()
    {
        // A long paragraph that neither addresses the reader, nor repeats, nor is a caption or a teaser cut
        // short with "...", is reporting: it must stay in the body.
        foreach (var (_, article) in CleanSeeds())
        {
            var lost = article.Removed.Where(r => r.Reason is not (RemovalReasons.Duplicate or RemovalReasons.Caption) && r.Text.Length > 200
                && !r.Text.EndsWith("...", StringComparison.Ordinal) && !r.Text.EndsWith('…')
                && !System.Text.RegularExpressions.Regex.IsMatch(r.Text, @"\b(?:we|our|us|you|your)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)).ToList();
            Assert.Empty(lost);
        }
    }

    [SharedDataFact]
    public void Clean_Seeds_BodyHasNoDebrisClasses()
    {
        foreach (var (_, article) in CleanSeeds())
        {
            Assert.NotEmpty(article.Paragraphs);
            Assert.All(article.Paragraphs, p =>
            {
                Assert.DoesNotMatch(@"(?i)^(?:read|see)\s*also|photo courtesy|reporting by|contributed reporting|leave a reply|skip to content|^dear readers", p);
                Assert.True(p.Split(' ').Length > 8 || p.EndsWith('.'), $"short non-sentence line kept: {p}");
            });
            Assert.DoesNotContain(article.Paragraphs, p => article.Title is not null && p == article.Title);
        }
    }

    [SharedDataFact]
    public void Clean_Seeds_TitlesFoundWhereTheReportHasOne()
    {
        var articles = CleanSeeds();

        // A report has a title when a headline-shaped block (no final period) comes before its first long paragraph.
        foreach (var (raw, article) in articles)
        {
            var blocks = raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var firstLong = blocks.FindIndex(b => b.Length > 200);
            var hasHeadline = blocks.Take(firstLong).Any(b => b.Split(' ').Length >= 5 && !b.EndsWith('.') && !b.Contains(" / ", StringComparison.Ordinal));
            Assert.Equal(hasHeadline, article.Title is not null);
            if (article.Title is not null)
            {
                Assert.Contains(article.Title, blocks);
                Assert.DoesNotContain(article.Title, article.Paragraphs);
                var titleWords = article.Title.ToLowerInvariant().Split(' ').Where(w => w.Length > 4).ToList();
                Assert.True(titleWords.Count(w => article.Text.Contains(w, StringComparison.OrdinalIgnoreCase)) >= 2, $"title unrelated to body: {article.Title}");
            }
        }

        Assert.True(articles.Count(a => a.Article.Title is not null) >= 4);
    }

    [SharedDataFact]
    public void Clean_Seeds_AfpCreditsFoundAndNotInBody()
    {
        foreach (var (raw, article) in CleanSeeds())
        {
            if (System.Text.RegularExpressions.Regex.IsMatch(raw, @"(?:by|and) AFP|AFP contributed"))
            {
                Assert.Contains("AFP", article.Credits);
                Assert.DoesNotContain(article.Paragraphs, p => p.Contains("AFP", StringComparison.Ordinal) && p.Length < 80);
            }
        }
    }
}
