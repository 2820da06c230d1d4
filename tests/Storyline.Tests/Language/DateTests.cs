using Storyline.Documents;
using Storyline.Language;

namespace Storyline.Tests.Language;

public class DateTests
{
    private static readonly DateOnly Thursday = new(2021, 10, 7);

    private static DateMention Date(string text, DateOnly? published = null, DateOnly? assumed = null) =>
        Assert.Single(LanguageTestKit.Annotate(text, published, assumed).Dates);

    [Theory]
    [InlineData("The summit is set for October 20.", "2021-10-20")]
    [InlineData("The summit is set for Oct. 20.", "2021-10-20")]
    [InlineData("It opened on 20 October 2021 in the city.", "2021-10-20")]
    [InlineData("It opened on 2021-10-20 in the city.", "2021-10-20")]
    [InlineData("They met on Monday.", "2021-10-04")]
    [InlineData("The envoy said Thursday that it was over.", "2021-10-07")]
    [InlineData("The deal was signed yesterday.", "2021-10-06")]
    [InlineData("Prices rose three days ago.", "2021-10-04")]
    public void Annotate_DayExpressions_ResolveAgainstThePublicationDate(string text, string expected)
    {
        var d = Date(text, Thursday);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), d.Value);
        Assert.Equal(DatePrecision.Day, d.Precision);
    }

    [Theory]
    [InlineData("The group seized power in mid-August.", "2021-08-01")]
    [InlineData("The last trip took place in July.", "2021-07-01")]
    [InlineData("Talks resume later this month.", "2021-10-01")]
    [InlineData("The agency reported it last month.", "2021-09-01")]
    [InlineData("Prices fell this month.", "2021-10-01")]
    [InlineData("The plant closed in March 2019.", "2019-03-01")]
    public void Annotate_MonthExpressions_KeepMonthPrecision(string text, string expected)
    {
        var d = Date(text, Thursday);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), d.Value);
        Assert.Equal(DatePrecision.Month, d.Precision);
    }

    [Theory]
    [InlineData("The visit happened last week in the capital.", "2021-09-27")]
    [InlineData("The visit happens next week in the capital.", "2021-10-11")]
    public void Annotate_WeekExpressions_KeepWeekPrecisionMondayToSunday(string text, string monday)
    {
        var d = Date(text, Thursday);
        var start = DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((start, start.AddDays(6), DatePrecision.Week), (d.Value, d.End!.Value, d.Precision));
    }

    [Fact]
    public void Annotate_Decade_KeepsDecadePrecisionAndRange()
    {
        var d = Date("In the 1980s the war went on.", Thursday);
        Assert.Equal((new DateOnly(1980, 1, 1), new DateOnly(1989, 12, 31), DatePrecision.Decade), (d.Value, d.End!.Value, d.Precision));
    }

    [Fact]
    public void Annotate_YearRange_HasStartAndEnd()
    {
        var d = Date("They ruled from 1996 until 2001 with an iron fist.", Thursday);
        Assert.Equal((new DateOnly(1996, 1, 1), new DateOnly(2001, 12, 31), DatePrecision.Year), (d.Value, d.End!.Value, d.Precision));
    }

    [Fact]
    public void Annotate_UndatedWithWeekdayAndDate_InfersTheYearFromTheWeekday()
    {
        var a = LanguageTestKit.Annotate("The envoy spoke on Thursday, October 7, about the talks on October 20.", assumed: new DateOnly(2020, 6, 1));
        Assert.Equal(new DateOnly(2021, 10, 7), a.ReferenceDate);
        Assert.True(a.ReferenceDateInferred);
        Assert.Contains(a.Dates, d => d.Value == new DateOnly(2021, 10, 20));
    }

    [Fact]
    public void Annotate_UndatedWithDateline_UsesIt()
    {
        var a = LanguageTestKit.Annotate("KABUL, March 3, 2015 - Officials said on Monday that the road was open.");
        Assert.Equal(new DateOnly(2015, 3, 3), a.ReferenceDate);
        Assert.True(a.ReferenceDateInferred);
        Assert.Contains(a.Dates, d => d.Text == "Monday" && d.Value == new DateOnly(2015, 3, 2));
    }

    [Fact]
    public void Annotate_UndatedWithoutClues_UsesAssumedDate()
    {
        var a = LanguageTestKit.Annotate("The group met on Monday.", assumed: Thursday);
        Assert.Equal(Thursday, a.ReferenceDate);
        Assert.True(a.ReferenceDateInferred);
        Assert.Equal(new DateOnly(2021, 10, 4), Assert.Single(a.Dates).Value);
    }

    [Fact]
    public void Annotate_UndatedTellingOfALaterDayAsPresent_AnchoredOnThatDay()
    {
        var a = LanguageTestKit.Annotate(
            "The October 20 summit in Portvale is the first the harbour has hosted. Last week, the mayor warned of crowds.",
            assumed: Thursday);
        Assert.Equal(new DateOnly(2021, 10, 20), a.ReferenceDate);
        Assert.True(a.ReferenceDateFromStory);
        Assert.Equal(new DateOnly(2021, 10, 11), a.Dates.Single(d => d.Text.Contains("week", StringComparison.OrdinalIgnoreCase)).Value);
    }

    [Theory]
    [InlineData("The summit will open in Portvale on October 20. Last week, the mayor warned of crowds.")]
    [InlineData("The summit is scheduled for October 20 in Portvale. Last week, the mayor warned of crowds.")]
    [InlineData("The summit is to be held on October 20 in Portvale. Last week, the mayor warned of crowds.")]
    [InlineData("The December 20 summit in Portvale is the first of its kind. Last week, the mayor warned of crowds.")]
    [InlineData("The October 1 summit in Portvale was the first of its kind. Last week, the mayor warned of crowds.")]
    public void Annotate_UndatedWithPlannedOrDistantOrEarlierDay_KeepsTheStoryDate(string text)
    {
        var a = LanguageTestKit.Annotate(text, assumed: Thursday);
        Assert.Equal(Thursday, a.ReferenceDate);
        Assert.Equal(new DateOnly(2021, 9, 27), a.Dates.Single(d => d.Text.Contains("week", StringComparison.OrdinalIgnoreCase)).Value);
    }

    [Fact]
    public void Annotate_PublishedTellingOfALaterDay_KeepsItsOwnDate()
    {
        var a = LanguageTestKit.Annotate("The October 20 summit in Portvale is the first of its kind.", published: Thursday);
        Assert.Equal(Thursday, a.ReferenceDate);
    }

    [Fact]
    public void Annotate_PublishedDate_IsNotInferred()
    {
        var a = LanguageTestKit.Annotate("The group met on Monday.", published: Thursday);
        Assert.False(a.ReferenceDateInferred);
    }

    [Fact]
    public void Annotate_NoReference_DropsRelativeDatesButKeepsAbsoluteOnes()
    {
        var a = LanguageTestKit.Annotate("They met on Monday. The war ended on 15 February 1989.");
        Assert.Null(a.ReferenceDate);
        Assert.Equal(new DateOnly(1989, 2, 15), Assert.Single(a.Dates).Value);
    }

    [Fact]
    public void Annotate_FutureSentence_ResolvesWeekdayForward()
    {
        var d = Date("The rocket will lift off on Tuesday from the coast.", new DateOnly(2018, 2, 5));
        Assert.Equal(new DateOnly(2018, 2, 6), d.Value);
    }

    [Fact]
    public void Annotate_MayAsVerb_IsNoDate()
    {
        Assert.Empty(LanguageTestKit.Annotate("Officials may meet again soon.", Thursday).Dates);
    }

    [Fact]
    public void Weekday_OnTheSameDay_IsThatDay()
    {
        Assert.Equal(Thursday, DateResolver.Weekday(DayOfWeek.Thursday, Thursday));
        Assert.Equal(Thursday.AddDays(-7), DateResolver.Weekday(DayOfWeek.Thursday, Thursday, -1));
    }
}
