using Storyline.Documents;
using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

public class FormatAndDateTests
{
    [Theory]
    [InlineData("<!doctype html><title>x</title>", SourceFormat.Html)]
    [InlineData("  <html lang=\"en\"><body>x</body></html>", SourceFormat.Html)]
    [InlineData("<div class=\"a\"><p>One</p><p>Two</p></div>", SourceFormat.Html)]
    [InlineData("A report that mentions a <br> tag once.\n\nAnd goes on.", SourceFormat.Text)]
    [InlineData("Plain text.\n\nSecond paragraph, 3 < 4 and 5 > 2.", SourceFormat.Text)]
    public void Sniff_Content_DecidesFormat(string content, SourceFormat expected) =>
        Assert.Equal(expected, FormatSniffer.Sniff(content));

    [Theory]
    [InlineData("{\"id\":1}\n{\"id\":2}", true)]
    [InlineData("  \n{\"text\": \"a\"}", true)]
    [InlineData("{ not closed\nmore", false)]
    [InlineData("Plain report {with braces}", false)]
    public void LooksLikeJsonLines_Content_Decides(string content, bool expected) =>
        Assert.Equal(expected, FormatSniffer.LooksLikeJsonLines(content));

    [Theory]
    [InlineData("2021-10-07", "2021-10-07T00:00:00+00:00")]
    [InlineData("2021-10-07 12:00:00", "2021-10-07T12:00:00+00:00")]
    [InlineData("2021-10-07T12:00:00Z", "2021-10-07T12:00:00+00:00")]
    [InlineData("2021-10-07T12:00:00+03:00", "2021-10-07T12:00:00+03:00")]
    [InlineData("2021-10-07T12:00:00.123456", "2021-10-07T12:00:00.123456+00:00")]
    [InlineData("Thu, 07 Oct 2021 12:00:00 GMT", "2021-10-07T12:00:00+00:00")]
    [InlineData("October 7, 2021", "2021-10-07T00:00:00+00:00")]
    [InlineData("07.10.2021", "2021-10-07T00:00:00+00:00")]
    [InlineData("7.10.2021 12:30", "2021-10-07T12:30:00+00:00")]
    [InlineData("1633608000", "2021-10-07T12:00:00+00:00")]
    [InlineData("1633608000.5", "2021-10-07T12:00:00.5+00:00")]
    [InlineData("1633608000000", "2021-10-07T12:00:00+00:00")]
    [InlineData("20211007", "2021-10-07T00:00:00+00:00")]
    [InlineData("2021-10-07 12:00:00 UTC", "2021-10-07T12:00:00+00:00")]
    [InlineData("Sept. 7, 2021", "2021-09-07T00:00:00+00:00")]
    [InlineData("Oct. 7, 2021", "2021-10-07T00:00:00+00:00")]
    [InlineData("13/10/2021", "2021-10-13T00:00:00+00:00")]
    [InlineData("10/13/2021", "2021-10-13T00:00:00+00:00")]
    [InlineData("Thu Oct 7 12:00:00 2021", "2021-10-07T12:00:00+00:00")]
    public void Parse_KnownForms_SameInstantEverywhere(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateParsing.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a date")]
    [InlineData("2021-13-45")]
    [InlineData("12345")]
    [InlineData("16336080001")]
    [InlineData("1633608000.")]
    [InlineData("123456789012345678901234567890123")]
    [InlineData("13.25.2021")]
    public void Parse_Nonsense_Null(string? text) => Assert.Null(DateParsing.Parse(text));
}
