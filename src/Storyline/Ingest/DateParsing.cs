using System.Globalization;

namespace Storyline.Ingest;

/// <summary>Parses the dates inputs give (JSON Lines <c>date</c>, <c>date_publish</c>), whatever the machine's culture.</summary>
public static class DateParsing
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd",
        "yyyyMMdd",
        "yyyy/MM/dd",
        "yyyy/MM/dd HH:mm:ss",
        "r",
        "ddd, d MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss 'GMT'",
        "ddd, d MMM yyyy HH:mm zzz",
        "d MMM yyyy",
        "d MMMM yyyy",
        "MMMM d, yyyy",
        "MMM d, yyyy",
    ];

    /// <summary>
    /// Parses ISO 8601 forms ("2021-10-07", "2021-10-07T12:00:00Z", "2021-10-07 12:00:00"), RFC 1123
    /// and a few written English forms. A time without an offset is taken as UTC, so the same input
    /// gives the same instant on every machine. Returns null when nothing fits.
    /// </summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, styles, out var exact))
        {
            return exact;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, styles, out var loose) ? loose : null;
    }
}
