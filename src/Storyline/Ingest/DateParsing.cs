using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Ingest;

/// <summary>Parses the dates inputs give (JSON Lines <c>date</c>, <c>date_publish</c>), whatever the machine's culture.</summary>
public static partial class DateParsing
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
        // Day first with dots, as German, Russian and most of Europe write it; never month first.
        "d.M.yyyy",
        "d.M.yyyy HH:mm",
        "d.M.yyyy HH:mm:ss",
    ];

    // Forms tried only when the ones above and the invariant culture's own reading fail, so an ambiguous
    // "05/09/2017" stays month first as before and only a day past 12 is read day first.
    private static readonly string[] Fallbacks =
    [
        "d/M/yyyy",
        "d/M/yyyy HH:mm",
        "d/M/yyyy HH:mm:ss",
        "ddd MMM d HH:mm:ss yyyy",
    ];

    /// <summary>
    /// Parses ISO 8601 forms ("2021-10-07", "2021-10-07T12:00:00Z", "2021-10-07 12:00:00"), RFC 1123,
    /// a few written English forms (with "Sept." and a trailing "UTC"), day-first dotted dates ("07.10.2021"),
    /// slashed dates whose day is past 12 ("15/09/2017"), C's "Fri Sep 15 04:47:38 2017" and Unix time in
    /// seconds or milliseconds ("1633608000", "1633608000000", as JSON numbers or strings). A time without an offset
    /// is taken as UTC, so the same input gives the same instant on every machine. Returns null when
    /// nothing fits.
    /// </summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (UnixTime(trimmed) is { } unix)
        {
            return unix;
        }

        return Read(trimmed, Formats) ?? Read(Normalised(trimmed), Fallbacks);
    }

    private static DateTimeOffset? Read(string text, string[] formats)
    {
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, styles, out var exact))
        {
            return exact;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var loose) ? loose : null;
    }

    /// <summary>
    /// The text with a trailing zone name spelled as an offset ("04:47:38 UTC") and news style month abbreviations
    /// ("Sept. 15") as the invariant culture writes them.
    /// </summary>
    private static string Normalised(string text)
    {
        var zoned = ZoneName().Replace(text, "Z");
        return MonthAbbreviation().Replace(zoned, m => m.Groups[1].Value[..3]);
    }

    [GeneratedRegex(@"\s+(?:UTC|GMT)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAbbreviation();

    /// <summary>
    /// Seconds (9 or 10 digits, so 1973 to 2286, with an optional fraction) or milliseconds (12 or 13 digits)
    /// since 1970. Other lengths are not Unix time: eight digits are a yyyyMMdd date, and a short number is no date.
    /// </summary>
    private static DateTimeOffset? UnixTime(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? "" : text[(dot + 1)..];
        var unit = (whole.Length, fraction.Length) switch
        {
            (9 or 10, _) => TimeSpan.TicksPerSecond,
            (12 or 13, 0) => TimeSpan.TicksPerMillisecond,
            _ => 0,
        };
        if (unit == 0 || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit) || (dot >= 0 && fraction.Length == 0))
        {
            return null;
        }

        return DateTimeOffset.UnixEpoch.AddTicks((long)(decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * unit));
    }
}
