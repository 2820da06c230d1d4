using Storyline.Documents;
using Storyline.Language;
using Storyline.Tests.Support;

namespace Storyline.Tests.Language;

/// <summary>The seeds (five reports of one story) through the annotator after a simple paragraph split: properties only.</summary>
public class SeedTests
{
    private static List<AnnotatedArticle> AnnotateStory()
    {
        var annotator = new Annotator(LanguageOptions.Default);
        var articles = SharedData.SeedFiles
            .Select(f => LanguageTestKit.Article(File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal), id: Path.GetFileNameWithoutExtension(f)))
            .Select(a => annotator.Annotate(a))
            .ToList();

        // As the pipeline does: undated reports are re-read against the story's date.
        var storyDate = articles.Select(a => a.Annotations.ReferenceDate).Where(d => d is not null).Min();
        return [.. articles.Select(a => a.Annotations.ReferenceDate is null ? annotator.Annotate(a.Article, storyDate) : a)];
    }

    [SharedDataFact]
    public void Annotate_Seeds_EachPersonOncePerArticleWithSurnamesMerged()
    {
        foreach (var a in AnnotateStory())
        {
            var people = a.Annotations.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).ToList();
            Assert.Equal(people.Count, people.Distinct(StringComparer.Ordinal).Count());
            foreach (var name in people.Where(n => n.Contains(' ', StringComparison.Ordinal)))
            {
                var surname = name[(name.LastIndexOf(' ') + 1)..];
                Assert.DoesNotContain(surname, people);
            }
        }
    }

    [SharedDataFact]
    public void Merge_Seeds_StoryPeopleAppearOnceWithRoles()
    {
        var story = StoryEntityMerger.Merge(AnnotateStory());
        var people = story.Where(e => e.Type == EntityType.Person).ToList();
        Assert.NotEmpty(people);
        var names = people.Select(p => p.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        foreach (var full in names.Where(n => n.Contains(' ', StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(full[(full.LastIndexOf(' ') + 1)..], names);
        }

        // People named in several reports are the story's actors: each carries a role.
        Assert.All(people.Where(p => p.ArticleIds.Length >= 2), p => Assert.NotEmpty(p.Roles));
        Assert.Contains(story, e => e.Type == EntityType.Place);
        Assert.Contains(story, e => e.Type == EntityType.Organization);
    }

    [SharedDataFact]
    public void Annotate_Seeds_KeyDatesResolvedWithTheYear()
    {
        var articles = AnnotateStory();
        Assert.All(articles, a => Assert.NotNull(a.Annotations.ReferenceDate));
        foreach (var a in articles)
        {
            var reference = a.Annotations.ReferenceDate!.Value;
            foreach (var d in a.Annotations.Dates.Where(d => d.Relative))
            {
                Assert.InRange(d.Value.DayNumber, reference.AddYears(-1).DayNumber, reference.AddYears(1).DayNumber);
            }
        }

        // Dates that several reports state (the story's key dates) resolve to the same calendar day.
        var shared = articles
            .SelectMany(a => a.Annotations.Dates.Where(d => d.Precision == DatePrecision.Day).Select(d => (a.Id, d.Value)))
            .Distinct()
            .GroupBy(x => x.Value)
            .Where(g => g.Count() >= 2)
            .ToList();
        Assert.NotEmpty(shared);
    }

    [SharedDataFact]
    public void Annotate_Seeds_QuotesHaveSpeakersThatAreEntities()
    {
        foreach (var a in AnnotateStory())
        {
            var names = a.Annotations.Entities.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
            Assert.All(a.Annotations.Quotes.Where(q => q.Speaker is not null), q => Assert.Contains(q.Speaker!, names));
        }

        Assert.Contains(AnnotateStory().SelectMany(a => a.Annotations.Quotes), q => q.Speaker is not null && !q.Partial);
    }
}
