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
        // Day first with dots, as German, Russian and most of Europe write it; never month first.
        "d.M.yyyy",
        "d.M.yyyy HH:mm",
        "d.M.yyyy HH:mm:ss",
    ];

    /// <summary>
    /// Parses ISO 8601 forms ("2021-10-07", "2021-10-07T12:00:00Z", "2021-10-07 12:00:00"), RFC 1123,
    /// a few written English forms, day-first dotted dates ("07.10.2021") and Unix time in seconds or
    /// milliseconds ("1633608000", "1633608000000", as JSON numbers or strings). A time without an offset
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

        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, styles, out var exact))
        {
            return exact;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, styles, out var loose) ? loose : null;
    }

    /// <summary>
    /// Seconds (9 or 10 digits, so 1973 to 2286, with an optional fraction) or milliseconds (12 or 13 digits)
    /// since 1970. Other lengths are not Unix time: eight digits are a yyyyMMdd date, and a short number is no date.
    /// </summary>
    private static DateTimeOffset? UnixTime(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? "" : text[(dot + 1)..];
        if (!whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit) || (dot >= 0 && fraction.Length == 0))
        {
            return null;
        }

        var value = decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return whole.Length switch
        {
            9 or 10 => DateTimeOffset.UnixEpoch.AddTicks((long)(value * TimeSpan.TicksPerSecond)),
            12 or 13 when fraction.Length == 0 => DateTimeOffset.UnixEpoch.AddTicks((long)(value * TimeSpan.TicksPerMillisecond)),
            _ => null,
        };
    }
}
