using Storyline.Documents;
using Storyline.Language;

namespace Storyline.Tests.Language;

public class StoryEntityMergerTests
{
    private static AnnotatedArticle Annotate(string id, string text) =>
        new Annotator(LanguageOptions.Default).Annotate(LanguageTestKit.Article(text, id: id));

    [Fact]
    public void Merge_SurnameInOneArticle_ResolvesToFullNameFromAnother()
    {
        var story = StoryEntityMerger.Merge(
        [
            Annotate("a", "Foreign Minister Hana Kovac arrived in Vienna."),
            Annotate("b", "Kovac said the talks were useful, Kovac added."),
        ]);
        var person = Assert.Single(story, e => e.Type == EntityType.Person);
        Assert.Equal("Hana Kovac", person.Name);
        Assert.Equal(["a", "b"], person.ArticleIds.ToArray());
        Assert.Contains("Foreign Minister", person.Roles);
    }

    [Fact]
    public void Merge_RolesFromSeveralArticles_Unioned()
    {
        var story = StoryEntityMerger.Merge(
        [
            Annotate("a", "The talks were led by Ivo Marin, Croatia's envoy to Serbia, on Friday."),
            Annotate("b", "Croatian Deputy Prime Minister Ivo Marin opened the talks."),
        ]);
        var person = story.Single(e => e.Name == "Ivo Marin");
        Assert.Equal(2, person.Roles.Length);
    }

    [Fact]
    public void Merge_OrganisationNamedLikeASurname_NotMergedIntoPerson()
    {
        var story = StoryEntityMerger.Merge(
        [
            Annotate("a", "Spokesman Ali Taliban spoke for Hamas."),
            Annotate("b", "The Taliban said they would come."),
        ]);
        Assert.Contains(story, e => e.Name == "Taliban" && e.Type == EntityType.Organization);
    }

    [Fact]
    public void Merge_SameName_TypeByAgreement()
    {
        var story = StoryEntityMerger.Merge(
        [
            Annotate("a", "The Kremlin said so. The Kremlin denied it."),
            Annotate("b", "The Kremlin was silent."),
        ]);
        var kremlin = Assert.Single(story, e => e.Name == "Kremlin");
        Assert.Equal(EntityType.Organization, kremlin.Type);
        Assert.Equal(2, kremlin.ArticleIds.Length);
    }

    [Fact]
    public void Merge_BodyWithAndWithoutItsCountry_OneOrganisation()
    {
        var story = StoryEntityMerger.Merge(
        [
            Annotate("a", "The French Foreign Ministry said the visit was off."),
            Annotate("b", "France's Foreign Ministry confirmed it."),
        ]);
        var ministry = Assert.Single(story, e => e.Type == EntityType.Organization);
        Assert.Equal("French Foreign Ministry", ministry.Name);
        Assert.Equal(2, ministry.ArticleIds.Length);
    }

    [Fact]
    public void Merge_NoArticles_Empty()
    {
        Assert.Empty(StoryEntityMerger.Merge([]));
    }
}
