using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Documents;
using Storyline.Language;

namespace Storyline.Tests.Language;

public class LanguagePropertyTests
{
    private static readonly string[] Fragments =
    [
        "Foreign Minister Anna Berg", "said", "\u201CWe will come,\u201D", "Berg", "told reporters.", "on Monday", "Oct. 20",
        "the Kremlin", "U.S.", "up to two million", "5,000 troops", "a 1,500-kilometer border", "\u00AB non \u00BB", "\"", "\u201C",
        "in the 1980s", "from 1996 until 2001", "last week.", "Mr. Smith", "he said.", "in mid-August", "\n\n", "Moscow,",
        "Russia's envoy to Afghanistan,", "3.5 percent", "WHO", "the envoy", "(IS)", "Islamic State", "??", "!", ".", "\u2014",
        "Москва", "according to", "later this month", "Thursday, October 7,", "2021-10-20", "x", "'", "\u2019s",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.Elements(Fragments).ListOf().Select(parts => string.Join(" ", parts)).ToArbitrary();

    private static Arbitrary<DateOnly> Dates() =>
        Gen.Choose(new DateOnly(1950, 1, 1).DayNumber, new DateOnly(2100, 12, 31).DayNumber).Select(DateOnly.FromDayNumber).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Annotate_AnyText_OffsetsPointAtTheTextTheyClaim() => Prop.ForAll(Texts(), raw =>
    {
        var article = LanguageTestKit.Article(raw, new DateOnly(2021, 10, 7));
        var text = article.Text;
        var a = new Annotator(LanguageOptions.Default).Annotate(article).Annotations;
        bool At(int start, int length, string claimed) => start >= 0 && start + length <= text.Length && text.Substring(start, length) == claimed;
        return a.Sentences.All(s => s.Start >= 0 && s.End <= text.Length && s.Length > 0)
            && a.Mentions.All(m => At(m.Start, m.Length, m.Text))
            && a.Dates.All(d => At(d.Start, d.Length, d.Text))
            && a.Numbers.All(n => At(n.Start, n.Length, n.Text))
            && a.Quotes.All(q => q.Start >= 0 && q.Start + q.Length <= text.Length
                && q.Text.Split(" ... ").All(part => text.AsSpan(q.Start, q.Length).Contains(part.AsSpan(), StringComparison.Ordinal)))
            && a.Mentions.All(m => a.Sentences[m.SentenceIndex].Start <= m.Start && m.Start < a.Sentences[m.SentenceIndex].End);
    });

    [Property(MaxTest = 200)]
    public Property Annotate_Weekday_IsTheLatestSuchDayOnOrBeforeTheReference() => Prop.ForAll(Dates(), Gen.Choose(0, 6).ToArbitrary(), (reference, day) =>
    {
        var weekday = (DayOfWeek)day;
        var d = LanguageTestKit.Annotate($"The two sides met on {weekday}.", reference).Dates.Single();
        return d.Value.DayOfWeek == weekday && d.Value <= reference && d.Value > reference.AddDays(-7) && d.Relative;
    });

    [Property(MaxTest = 200)]
    public Property Annotate_LastMonth_IsThePreviousCalendarMonth() => Prop.ForAll(Dates(), reference =>
    {
        var d = LanguageTestKit.Annotate("Prices rose last month.", reference).Dates.Single();
        var expected = new DateOnly(reference.Year, reference.Month, 1).AddMonths(-1);
        return d.Value == expected && d.Precision == DatePrecision.Month;
    });

    [Property(MaxTest = 100)]
    public Property Annotate_RelativeDates_DoNotDependOnCulture() => Prop.ForAll(Dates(), reference =>
    {
        const string text = "On Monday, 2,500 people met in Paris. Talks resume on 20 October and later this month; 3.5 percent agreed last week.";
        var invariant = LanguageTestKit.Annotate(text, reference);
        var original = CultureInfo.CurrentCulture;
        try
        {
            // A culture that writes numbers and dates the other way round: commas for decimals, day first.
            var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            odd.NumberFormat.NumberDecimalSeparator = ",";
            odd.NumberFormat.NumberGroupSeparator = ".";
            odd.DateTimeFormat.ShortDatePattern = "dd/MM/yyyy";
            odd.DateTimeFormat.FirstDayOfWeek = DayOfWeek.Sunday;
            CultureInfo.CurrentCulture = odd;
            var other = LanguageTestKit.Annotate(text, reference);
            return invariant.Dates.SequenceEqual(other.Dates) && invariant.Numbers.SequenceEqual(other.Numbers);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    });
}
