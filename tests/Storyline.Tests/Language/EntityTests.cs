using Storyline.Documents;

namespace Storyline.Tests.Language;

public class EntityTests
{
    [Fact]
    public void Annotate_TitleBeforeName_PersonWithRole()
    {
        var a = LanguageTestKit.Annotate("Opening the meeting, Canadian Foreign Minister Marta Lindqvist praised the deal. Lindqvist left early.");
        var e = a.Entity("Marta Lindqvist");
        Assert.Equal(EntityType.Person, e.Type);
        Assert.Contains(e.Roles, r => r.Contains("Foreign Minister", StringComparison.Ordinal));
        Assert.Equal(2, e.MentionCount);
        Assert.Contains("Lindqvist", e.Aliases);
    }

    [Fact]
    public void Annotate_AppositionAfterName_RoleKept()
    {
        var a = LanguageTestKit.Annotate("The deal was signed by Omar Haddad, Jordan's envoy to Iraq, on the border.");
        Assert.Contains(a.Entity("Omar Haddad").Roles, r => r == "Jordan's envoy to Iraq");
    }

    [Fact]
    public void Annotate_AppositionBeforeName_RoleKept()
    {
        var a = LanguageTestKit.Annotate("The army's chief of staff, Pavel Drozd, said the troops would stay.");
        Assert.Contains(a.Entity("Pavel Drozd").Roles, r => r.Contains("chief of staff", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotate_LowercaseRoleBeforeName_RoleKept()
    {
        var a = LanguageTestKit.Annotate("Hamas spokesman Idris Salah said the group would attend.");
        Assert.Contains(a.Entity("Idris Salah").Roles, r => r == "Hamas spokesman");
        Assert.Equal(EntityType.Organization, a.Entity("Hamas").Type);
    }

    [Fact]
    public void Annotate_SurnameAlone_MergesIntoFullName()
    {
        var a = LanguageTestKit.Annotate("Senator Ruth Okafor opened the hearing. Okafor said the vote was close. Later Okafor left.");
        var people = a.Names(EntityType.Person);
        Assert.Equal(["Ruth Okafor"], people);
        Assert.Equal(3, a.Entity("Ruth Okafor").MentionCount);
        Assert.All(a.Mentions.Where(m => m.Text == "Okafor"), m => Assert.Equal("Ruth Okafor", m.Entity));
    }

    [Fact]
    public void Annotate_TheKremlin_StaysAnOrganisation()
    {
        var a = LanguageTestKit.Annotate("The Kremlin said on Monday that the talks in Moscow would go ahead.");
        Assert.Equal(EntityType.Organization, a.Entity("Kremlin").Type);
        Assert.Equal(EntityType.Place, a.Entity("Moscow").Type);
    }

    [Fact]
    public void Annotate_GazetteerAliases_ResolveToCanonicalName()
    {
        var a = LanguageTestKit.Annotate("Officials in the U.S. met the UN team. The United States said the United Nations agreed.");
        Assert.Equal(2, a.Entity("United States").MentionCount);
        Assert.Equal(2, a.Entity("United Nations").MentionCount);
    }

    [Fact]
    public void Annotate_AcronymInParentheses_IsAnAlias()
    {
        var a = LanguageTestKit.Annotate("The National Transport Safety Board (NTSB) opened an inquiry. The NTSB said nothing more.");
        var board = a.Entity("National Transport Safety Board");
        Assert.Equal(EntityType.Organization, board.Type);
        Assert.Contains("NTSB", board.Aliases);
    }

    [Fact]
    public void Annotate_DemonymsAndSentenceOpeners_AreNotEntities()
    {
        var a = LanguageTestKit.Annotate("Russian troops crossed the river. Asked about it, officials declined. Western countries protested.");
        Assert.DoesNotContain(a.Entities, e => e.Name is "Russian" or "Asked" or "Western");
    }

    [Fact]
    public void Annotate_Offsets_PointAtMentionText()
    {
        var a = LanguageTestKit.Annotate("Minister Sergio Alvarez visited Lima.\n\nAlvarez met the World Bank (WB) there.");
        var text = LanguageTestKit.Article("Minister Sergio Alvarez visited Lima.\n\nAlvarez met the World Bank (WB) there.").Text;
        Assert.All(a.Mentions, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
    }
}
