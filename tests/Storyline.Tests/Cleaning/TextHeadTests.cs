using Storyline.Cleaning.Credits;
using Storyline.Cleaning.Text;
using Storyline.Documents;

namespace Storyline.Tests.Cleaning;

/// <summary>Head lines, credits and lists of flattened text in the languages users feed.</summary>
public class TextHeadTests
{
    private const string Body =
        "The harbour authority closed the northern pier on Monday after divers found cracks in three of its concrete pillars, officials said.\n\n"
        + "Repairs to the pier pillars will take at least six weeks, the harbour authority said, and ferries will use the southern pier meanwhile.\n\n"
        + "Fishermen who moor at the northern pier said the harbour authority had warned about the pillars two years ago.";

    [Theory]
    [InlineData("Published on 2025-08-13 by City Desk", "2025-08-13", "City Desk")]
    [InlineData("Thursday, January 30, 2025 · By Maya Lind", "2025-01-30", "Maya Lind")]
    [InlineData("Jane Roe | July 22, 2024", "2024-07-22", "Jane Roe")]
    [InlineData("Publié le 12 mars 2024 à 14h05", "2024-03-12", null)]
    [InlineData("Veröffentlicht am 21. November 2023", "2023-11-21", null)]
    [InlineData("Stand: 03.05.2024 14:12 Uhr", "2024-05-03", null)]
    [InlineData("Publicado el 5 de junio de 2024", "2024-06-05", null)]
    [InlineData("Опубликовано 12 апреля 2024", "2024-04-12", null)]
    public void Parse_DateAndBylineLines_GiveDateAndNames(string line, string date, string? byline)
    {
        var head = DateLines.Parse(line);
        Assert.NotNull(head);
        Assert.Equal(date, head.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(byline, head.Byline);
    }

    [Theory]
    [InlineData("The ministry said on 3 May 2024 that the pier would reopen after the repairs were finished and tested.")]
    [InlineData("Divers found cracks in three pillars")]
    public void Parse_SentencesAndHeadlines_AreNotHeadLines(string line) => Assert.Null(DateLines.Parse(line));

    [Fact]
    public void Classify_CombinedDateBylineLine_FillsPublishedAndByline()
    {
        var result = TextBlockClassifier.Classify("Harbour pier closed after divers find cracks\n\nPublished on 2024-02-01 by Port Desk\n\n" + Body);
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero), result.Published);
        Assert.Equal("Port Desk", result.Byline);
        Assert.Equal("Harbour pier closed after divers find cracks", result.Title);
    }

    [Fact]
    public void Classify_TitleSharingNoWordWithBody_IsFoundAboveTheByline()
    {
        var result = TextBlockClassifier.Classify("Pier Weekly\n\nA long wait on the quay\n\nBy Ann Other\n\n" + Body);
        Assert.Equal("A long wait on the quay", result.Title);
        Assert.Equal("Ann Other", result.Byline);
    }

    [Fact]
    public void Classify_TitleWithOneWe_IsNotAnAppeal()
    {
        var result = TextBlockClassifier.Classify("Harbour pier cracks: what we know so far\n\nBy Ann Other\n\n" + Body);
        Assert.Equal("Harbour pier cracks: what we know so far", result.Title);
    }

    [Theory]
    [InlineData("More local news")]
    [InlineData("Mehr zum Thema")]
    [InlineData("Más noticias")]
    [InlineData("Sur le même sujet")]
    public void Classify_ListUnderRelatedHeader_IsRelatedStories(string header)
    {
        var result = TextBlockClassifier.Classify(Body + $"\n\n{header}\n\nCouncil approves budget for new library\n\nSchool team heads to national final");
        Assert.Equal(3, result.Paragraphs.Length);
        Assert.All(result.Removed, r => Assert.Equal(RemovalReasons.RelatedStories, r.Reason));
        Assert.Equal(3, result.Removed.Length);
    }

    [Theory]
    [InlineData("Partager cet article")]
    [InlineData("Artikel teilen")]
    [InlineData("Suscríbete a nuestro boletín y recibe las noticias más importantes cada mañana.")]
    [InlineData("Abonnez-vous à notre newsletter pour recevoir l'essentiel chaque matin.")]
    [InlineData("Читайте также: Цены на хлеб выросли за год")]
    public void Classify_AppealsInOtherLanguages_AreCallsToAction(string appeal)
    {
        var result = TextBlockClassifier.Classify(Body + "\n\n" + appeal);
        Assert.Contains(result.Removed, r => r.Text == appeal && r.Reason == RemovalReasons.CallToAction);
    }

    [Theory]
    [InlineData("Avec AFP", "AFP")]
    [InlineData("Mit Material von dpa", "dpa")]
    [InlineData("Con información de EFE", "EFE")]
    public void IsCreditLine_AgencyCreditsInOtherLanguages_AreCredits(string line, string agency)
    {
        Assert.True(CreditExtractor.IsCreditLine(line));
        Assert.Contains(agency, CreditExtractor.Agencies(line), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Traffic cones line the closed bridge on Wednesday. (Photo by Tom Ellery/Riverside Tribune)")]
    [InlineData("Passengers wait on a platform in Lyon on March 11. Photo AFP")]
    [InlineData("View of the reservoir with very low water. EFE/David Borrat")]
    [InlineData("Участники переговоров в Москве. Фото: Иван Петров")]
    public void HasPhotoCredit_CaptionCredits_AreRecognised(string caption) => Assert.True(CreditExtractor.HasPhotoCredit(caption));

    [Fact]
    public void Classify_ShortReportWithLittleSharedVocabulary_KeepsItsTitleOut()
    {
        const string text = "DAILY WIRE\n\nPier repairs to cost 4 million\n\n02.09.2023 14:20\n\n"
            + "Engineers estimate that fixing the northern pier of the old harbour will cost four million euros over two years of work.\n\n"
            + "Fishermen asked the city for a temporary mooring while the repairs go on, and the council will vote in March.";
        var result = TextBlockClassifier.Classify(text);
        Assert.Equal("Pier repairs to cost 4 million", result.Title);
        Assert.Equal(2, result.Paragraphs.Length);
        Assert.Equal(new DateTimeOffset(2023, 9, 2, 0, 0, 0, TimeSpan.Zero), result.Published);
    }
}
