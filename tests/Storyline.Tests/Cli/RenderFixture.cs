using System.Collections.Immutable;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Tests.Cli;

/// <summary>A hand-built story whose brief has every section, for the rendering golden files (fictional content).</summary>
internal static class RenderFixture
{
    public static DigestedStory Story()
    {
        var herald = Annotated("a1", "Harbour Herald", "Ferries collide in Portvale", "herald.txt", new DateTimeOffset(2024, 5, 6, 8, 0, 0, TimeSpan.Zero),
            "Two ferries collided in Portvale harbour on Monday.", "Twelve passengers were hurt, the coastguard said.");
        var coast = Annotated("a2", null, null, "coast.txt", null,
            "A collision between two ferries at Portvale injured 14 people.", "\"We heard a bang,\" said Ana Ruiz, a passenger.");
        var story = new Story("s0123456789a", [herald, coast]);
        var brief = new Brief(
            story.Id,
            "Ferries collide in Portvale harbour",
            [new SummarySentence("Two ferries collided in Portvale harbour on Monday.", ["a1", "a2"]),
             new SummarySentence("Passengers were hurt; the count differs by outlet.", ["a2", "a1"])],
            [new TimelineEvent(new DateOnly(2024, 5, 6), DatePrecision.Day, "Two ferries collided in Portvale harbour.", ["a1"]),
             new TimelineEvent(new DateOnly(2024, 5, 1), DatePrecision.Month, "The harbour reopened after *dredging*.", ["a2"])],
            [new StoryEntity("Ana Ruiz", EntityType.Person, ["Ruiz"], ["passenger"], ["a2"]),
             new StoryEntity("Portvale", EntityType.Place, [], [], ["a1", "a2"])],
            [new StoryQuote("Ana Ruiz", "We heard a bang", ["a2"])],
            [new Fact("Two ferries collided in Portvale harbour.", ["a1", "a2"], 2)],
            [new Discrepancy("number injured", [new DiscrepancyVariant("twelve", ["a1"]), new DiscrepancyVariant("14", ["a2"])])],
            [new ReusedPassage("Two ferries collided in Portvale harbour on Monday.", ["a1", "a2"], "Reuters")]);
        return new DigestedStory(story, brief);
    }

    private static AnnotatedArticle Annotated(string id, string? outlet, string? title, string file, DateTimeOffset? published, params string[] paragraphs)
    {
        var article = new Article
        {
            Id = id,
            SourceId = Path.GetFileNameWithoutExtension(file),
            Origin = "/in/" + file,
            FileName = file,
            RawText = string.Join("\n\n", paragraphs),
            Title = title,
            Paragraphs = [.. paragraphs],
            Outlet = outlet,
            Published = published,
        };
        var annotations = new ArticleAnnotations("en", published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null, false,
            ImmutableArray<Sentence>.Empty, [], [], [], [], []);
        return new AnnotatedArticle(article, annotations);
    }
}
