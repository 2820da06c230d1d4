using System.Text.Json;
using Storyline.Documents;
using Storyline.Documents.Contract;

namespace Storyline.Tests.Documents;

public class ContractJsonTests
{
    private static readonly string[] StoryFields =
        ["id", "headline", "articles", "summary", "timeline", "entities", "quotes", "facts", "discrepancies", "reused_passages"];

    private static readonly string[] ArticleFields =
        ["id", "file", "source", "title", "published", "language", "text", "removed", "credits"];

    [Fact]
    public void Serialize_EmptyBriefAndBareArticle_EveryContractFieldPresent()
    {
        var json = ContractJson.Serialize(ContractMapper.ToDocument([Sample()]));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(1, doc.RootElement.GetProperty("schema").GetInt32());
        var story = doc.RootElement.GetProperty("stories")[0];
        foreach (var field in StoryFields)
        {
            Assert.True(story.TryGetProperty(field, out _), $"story field {field} missing");
        }

        var article = story.GetProperty("articles")[0];
        foreach (var field in ArticleFields)
        {
            Assert.True(article.TryGetProperty(field, out _), $"article field {field} missing");
        }
    }

    [Fact]
    public void Serialize_ThenDeserialize_RoundTrips()
    {
        var original = ContractMapper.ToDocument([Sample()]);
        var back = ContractJson.Deserialize(ContractJson.Serialize(original));
        Assert.Equal(ContractJson.Serialize(original), ContractJson.Serialize(back));
    }

    [Fact]
    public void ToStory_TimelineAndEntities_UseContractSpellings()
    {
        var (story, brief) = Sample();
        var filled = brief with
        {
            Timeline = [new TimelineEvent(new DateOnly(2021, 10, 20), DatePrecision.Day, "Talks open.", ["a"])],
            Entities = [new StoryEntity("Ann Lee", EntityType.Organization, [], [], ["a"])],
            ReusedPassages = [new ReusedPassage("Shared words.", ["a", "b"], "AFP")],
        };
        var json = ContractJson.Serialize(ContractMapper.ToStory(story, filled));
        Assert.Contains("\"date\": \"2021-10-20\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"organization\"", json, StringComparison.Ordinal);
        Assert.Contains("\"credited_to\": \"AFP\"", json, StringComparison.Ordinal);
    }

    private static (Story, Brief) Sample()
    {
        var article = new Article
        {
            Id = "a",
            SourceId = "a",
            Origin = "a.txt",
            FileName = "a.txt",
            RawText = "Title\n\nBody.",
            Title = "Title",
            Paragraphs = ["Body."],
            Published = new DateTimeOffset(2021, 10, 7, 12, 0, 0, TimeSpan.Zero),
        };
        var annotations = new ArticleAnnotations("en", new DateOnly(2021, 10, 7), false, [new Sentence(0, 0, 5, 0)], [], [], [], [], []);
        var story = new Story("s1", [new AnnotatedArticle(article, annotations)]);
        var brief = new Brief("s1", "Title", [new SummarySentence("Body.", ["a"])], [], [], [], [], [], []);
        return (story, brief);
    }
}
