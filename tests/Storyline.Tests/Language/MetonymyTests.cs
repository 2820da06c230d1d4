using Storyline.Documents;

namespace Storyline.Tests.Language;

/// <summary>A place name standing for the team that carries it.</summary>
public class MetonymyTests
{
    [Theory]
    [InlineData("On Sunday Barcelona beat the visitors 3-1 in front of a full stadium.", "Barcelona")]
    [InlineData("The visitors never recovered after Denver's quarterback was injured in the first half.", "Denver")]
    public void Annotate_PlaceActingAsTeam_IsOrganization(string text, string name) =>
        Assert.Equal(EntityType.Organization, LanguageTestKit.Annotate(text).Entity(name).Type);

    [Theory]
    [InlineData("On Thursday Moscow said it would invite the delegation to talks in October.", "Moscow")]
    [InlineData("The talks ended in Barcelona after two days of meetings.", "Barcelona")]
    [InlineData("France signed the treaty after the talks in the spring.", "France")]
    public void Annotate_PlaceThatSpeaksOrHosts_StaysPlace(string text, string name) =>
        Assert.Equal(EntityType.Place, LanguageTestKit.Annotate(text).Entity(name).Type);
}
