using System.Globalization;

namespace Storyline.Language;

/// <summary>
/// Reads date expressions from tokens with hand-written patterns (no regular expressions): absolute
/// days, months, years, ranges and decades, weekdays and offsets relative to the article's date.
/// </summary>
internal static class DateRecognizer
{
    public static List<DateExpression> Read(TextContext ctx)
    {
        var found = new List<DateExpression>();
        var t = 0;
        while (t < ctx.Count)
        {
            if (TryRead(ctx, t, out var e))
            {
                found.Add(e);
                t = e.LastToken + 1;
            }
            else
            {
                t++;
            }
        }

        return found;
    }

    private static bool TryRead(TextContext ctx, int t, out DateExpression e)
    {
        e = default;
        var tok = ctx.Tokens[t];
        var l = ctx.Lower[t];
        if (tok.Kind == TokenKind.Number)
        {
            return ReadNumeric(ctx, t, out e);
        }

        if (tok.Kind != TokenKind.Word)
        {
            return false;
        }

        if (Lexicon.Weekdays.TryGetValue(l, out var dow) && char.IsUpper(ctx.Text[tok.Start]))
        {
            var after = t + 1;
            if (ctx.IsPunct(after, ','))
            {
                after++;
            }

            if (after < ctx.Count && ReadMonthFirst(ctx, after, out var d) && d.Kind == DateKind.Day)
            {
                e = d with { FirstToken = t, Weekday = dow };
                return true;
            }

            if (after < ctx.Count && ReadDayFirst(ctx, after, out d))
            {
                e = d with { FirstToken = t, Weekday = dow };
                return true;
            }

            var first = t;
            var offset = 0;
            if (t > 0 && ctx.SameSentence(t - 1, t) && ctx.Lower[t - 1] is "last" or "next" or "this" or "past")
            {
                first = t - 1;
                offset = ctx.Lower[t - 1] switch { "last" or "past" => -1, "next" => 1, _ => 0 };
            }

            if (offset == 0 && FutureSentence(ctx, t))
            {
                offset = 1; // "When it launches on Tuesday, the rocket will ...": the coming Tuesday
            }

            e = new DateExpression(first, t, DateKind.Weekday, Weekday: dow, Offset: offset);
            return true;
        }

        if (ReadMonthFirst(ctx, t, out e))
        {
            return true;
        }

        if (l is "yesterday" or "today" or "tomorrow")
        {
            if (l == "today" && t + 1 < ctx.Count && ctx.Lower[t + 1] == "'s")
            {
                return false;
            }

            e = new DateExpression(t, t, DateKind.DayOffset, Offset: l switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 });
            return true;
        }

        if (l is "last" or "this" or "next" or "later" or "earlier" or "past" && t + 1 < ctx.Count)
        {
            var u = t + 1;
            var offset = l switch { "last" or "past" => -1, "next" => 1, _ => 0 };
            if (l is "later" or "earlier")
            {
                if (ctx.Lower[u] != "this" || u + 1 >= ctx.Count)
                {
                    return false;
                }

                u++;
            }

            var kind = ctx.Lower[u] switch
            {
                "week" => DateKind.WeekOffset,
                "month" => DateKind.MonthOffset,
                "year" => DateKind.YearOffset,
                _ => (DateKind?)null,
            };
            if (kind is null || (u + 1 < ctx.Count && ctx.Lower[u + 1] == "'s" && false))
            {
                return false;
            }

            if (t > 0 && ctx.Lower[t - 1] is "the" && l is "last" or "past")
            {
                return false; // "the last year" is a duration
            }

            e = new DateExpression(t, u, kind.Value, Offset: offset);
            return true;
        }

        return ReadAgo(ctx, t, out e);
    }

    /// <summary>A sentence about the future: a future marker and no past-tense report ("said", "announced").</summary>
    private static bool FutureSentence(TextContext ctx, int t)
    {
        var s = ctx.SentenceOfToken[t];
        for (var k = Math.Max(ctx.SentenceFirstToken[s], t - 8); k < t; k++)
        {
            var l = ctx.Lower[k];
            if (ctx.IsWord(k) && l.Length > 4 && l.EndsWith("ed", StringComparison.Ordinal) && l is not ("scheduled" or "expected" or "planned" or "based" or "supposed" or "needed"))
            {
                return false; // "revealed his plans late Friday"
            }
        }

        var future = false;
        for (var k = Math.Max(ctx.SentenceFirstToken[s], t - 40); k < Math.Min(ctx.SentenceFirstToken[s + 1], t + 40); k++)
        {
            var l = ctx.Lower[k];
            if (l is "said" or "told" or "announced" or "was" or "were" or "had" or "did" or "ago" or "last" or "reported")
            {
                return false;
            }

            future |= l is "will" or "'ll" or "scheduled" or "upcoming" or "tomorrow" or "next" or "expected" || (l == "due" && k + 1 < ctx.Count && ctx.Lower[k + 1] == "to");
        }

        return future;
    }

    private static bool ReadAgo(TextContext ctx, int t, out DateExpression e)
    {
        e = default;
        if (t + 2 >= ctx.Count || ctx.Lower[t + 2] != "ago")
        {
            return false;
        }

        var n = ctx.Lower[t] switch { "a" or "one" => 1, _ => Lexicon.NumberWords.TryGetValue(ctx.Lower[t], out var v) && v < 100 ? (int)v : -1 };
        if (n < 0)
        {
            return false;
        }

        var unit = ctx.Lower[t + 1];
        e = unit switch
        {
            "day" or "days" => new DateExpression(t, t + 2, DateKind.DayOffset, Offset: -n),
            "week" or "weeks" => new DateExpression(t, t + 2, DateKind.DayOffset, Offset: -7 * n),
            "month" or "months" => new DateExpression(t, t + 2, DateKind.MonthOffset, Offset: -n),
            "year" or "years" => new DateExpression(t, t + 2, DateKind.YearOffset, Offset: -n),
            _ => default,
        };
        return e.LastToken > 0;
    }

    private static bool TryMonth(TextContext ctx, int t, out int month, out int last)
    {
        month = 0;
        last = t;
        if (!ctx.IsWord(t))
        {
            return false;
        }

        var l = ctx.Lower[t];
        var tok = ctx.Tokens[t];
        if (!char.IsUpper(ctx.Text[tok.Start]))
        {
            return false;
        }

        if (Lexicon.Months.TryGetValue(l, out month))
        {
            if (month == 5 && !MayIsMonth(ctx, t))
            {
                return false;
            }

            return true;
        }

        if (Lexicon.MonthAbbreviations.TryGetValue(l, out month))
        {
            if (ctx.IsPunct(t + 1, '.') && ctx.Glued(t, t + 1))
            {
                last = t + 1;
            }

            return true;
        }

        return false;
    }

    private static bool MayIsMonth(TextContext ctx, int t)
    {
        var next = t + 1 < ctx.Count ? ctx.Tokens[t + 1] : default;
        if (t + 1 < ctx.Count && next.Kind == TokenKind.Number)
        {
            return true;
        }

        return t > 0 && ctx.Lower[t - 1] is "in" or "since" or "until" or "of" or "early" or "late" or "mid" or "last" or "next" or "by" or "during";
    }

    /// <summary>"October 20", "Oct. 20, 2021", "October 2021", "in July", "mid-August".</summary>
    private static bool ReadMonthFirst(TextContext ctx, int t, out DateExpression e)
    {
        e = default;
        var tok = ctx.Tokens[t];
        if (ctx.IsWord(t) && tok.Length > 4)
        {
            var l = ctx.Lower[t];
            var dash = l.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && l[..dash] is "mid" or "early" or "late" && Lexicon.Months.TryGetValue(l[(dash + 1)..], out var mm))
            {
                var y = NextYear(ctx, t + 1, out var yl);
                e = new DateExpression(t, y is null ? t : yl, DateKind.Month, y, mm);
                return true;
            }
        }

        if (!TryMonth(ctx, t, out var month, out var last))
        {
            return false;
        }

        var first = t;
        if (t > 0 && ctx.SameSentence(t - 1, t) && ctx.Lower[t - 1] is "early" or "late" or "mid")
        {
            first = t - 1;
        }

        var n = last + 1;
        if (n < ctx.Count && ctx.Tokens[n].Kind == TokenKind.Number && DayNumber(ctx, n) is { } day)
        {
            var y = n + 1 < ctx.Count && ctx.IsPunct(n + 1, ',') ? NextYear(ctx, n + 2, out var yl) : NextYear(ctx, n + 1, out yl);
            e = new DateExpression(first, y is null ? n : yl, DateKind.Day, y, month, day);
            return Valid(e);
        }

        var year = NextYear(ctx, n, out var ylast);
        if (year is not null)
        {
            e = new DateExpression(first, ylast, DateKind.Month, year, month);
            return true;
        }

        // A bare month name: require it to read as a time ("in July", "since March", "July's").
        if (ctx.Lower[t].Length <= 3 && last == t)
        {
            return false;
        }

        var offset = 0;
        if (t > 0 && ctx.Lower[t - 1] is "last" or "next" or "this")
        {
            first = t - 1;
            offset = ctx.Lower[t - 1] switch { "last" => -1, "next" => 1, _ => 0 };
        }

        e = new DateExpression(first, last, DateKind.Month, null, month, Offset: offset);
        return true;
    }

    /// <summary>"20 October 2021", "12 October".</summary>
    private static bool ReadDayFirst(TextContext ctx, int t, out DateExpression e)
    {
        e = default;
        if (ctx.Tokens[t].Kind != TokenKind.Number || DayNumber(ctx, t) is not { } day)
        {
            return false;
        }

        var m = t + 1;
        if (m < ctx.Count && ctx.Lower[m] == "of")
        {
            m++;
        }

        if (m >= ctx.Count || !TryMonth(ctx, m, out var month, out var last))
        {
            return false;
        }

        var y = NextYear(ctx, last + 1, out var yl);
        if (y is null && ctx.IsPunct(last + 1, ','))
        {
            y = NextYear(ctx, last + 2, out yl);
        }

        e = new DateExpression(t, y is null ? last : yl, DateKind.Day, y, month, day);
        return Valid(e);
    }

    private static bool Valid(DateExpression e) => e.Day >= 1 && e.Day <= (e.Year is { } y ? DateTime.DaysInMonth(y, e.Month) : e.Month == 2 ? 29 : DateTime.DaysInMonth(2001, e.Month));

    private static bool ReadNumeric(TextContext ctx, int t, out DateExpression e)
    {
        e = default;
        if (ReadDayFirst(ctx, t, out e))
        {
            return true;
        }

        var s = ctx.Surface(t);
        // ISO 2021-10-20
        if (s.Length == 4 && IsDigits(s) && t + 4 < ctx.Count && ctx.IsPunct(t + 1, '-') && ctx.IsPunct(t + 3, '-') && ctx.Glued(t, t + 1) && ctx.Glued(t + 1, t + 2) && ctx.Glued(t + 2, t + 3) && ctx.Glued(t + 3, t + 4))
        {
            var mo = ctx.Surface(t + 2);
            var da = ctx.Surface(t + 4);
            if (IsDigits(mo) && IsDigits(da) && int.TryParse(mo, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
                && int.TryParse(da, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
            {
                var y = int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
                e = new DateExpression(t, t + 4, DateKind.Day, y, m, d);
                return Valid(e);
            }
        }

        // US numeric 10/20/2021
        if (s.Length <= 2 && IsDigits(s) && t + 4 < ctx.Count && ctx.IsPunct(t + 1, '/') && ctx.IsPunct(t + 3, '/') && ctx.Glued(t, t + 1) && ctx.Glued(t + 1, t + 2) && ctx.Glued(t + 2, t + 3) && ctx.Glued(t + 3, t + 4))
        {
            var da = ctx.Surface(t + 2);
            var ye = ctx.Surface(t + 4);
            if (IsDigits(da) && IsDigits(ye) && ye.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
                && int.TryParse(da, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
            {
                e = new DateExpression(t, t + 4, DateKind.Day, int.Parse(ye, NumberStyles.None, CultureInfo.InvariantCulture), m, d);
                return Valid(e);
            }
        }

        // Decade: "1980s", "the 1980s"
        if (s.Length == 5 && s[4] == 's' && IsDigits(s.AsSpan(0, 4)) && s[3] == '0')
        {
            var y = int.Parse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            var first = t > 0 && ctx.Lower[t - 1] == "the" ? t - 1 : t;
            e = new DateExpression(first, t, DateKind.Decade, y);
            return y is >= 1000 and <= 2100;
        }

        if (Year(s) is not { } year)
        {
            return false;
        }

        var prev = t > 0 && ctx.SameSentence(t - 1, t) ? ctx.Lower[t - 1] : "";
        var yearContext = prev is "in" or "since" or "from" or "until" or "till" or "by" or "of" or "during" or "before" or "after" or "early" or "late"
            or "mid" or "the" or "between" or "year" or "and" or "to" or "through" or "(" or "summer" or "spring" or "autumn" or "winter" or "fall" or "around";
        if (!yearContext && !BareYear(ctx, t, year))
        {
            return false;
        }

        // Ranges: "from 1996 until 2001", "between 1996 and 2001", "1996-2001".
        var n = t + 1;
        if (n + 1 < ctx.Count && (ctx.Lower[n] is "until" or "till" or "to" or "through" or "and" or "-" or "\u2013") && Year(ctx.Surface(n + 1)) is { } end && end > year
            && (ctx.Lower[n] != "and" || prev == "between"))
        {
            var first = prev is "from" or "between" ? t - 1 : t;
            e = new DateExpression(first, n + 1, DateKind.YearRange, year, EndYear: end);
            return true;
        }

        e = new DateExpression(t, t, DateKind.Year, year);
        return true;
    }

    /// <summary>A four-digit number in 1900–2099 that counts nothing reads as a year ("Bowie's 1969 classic").</summary>
    private static bool BareYear(TextContext ctx, int t, int year)
    {
        if (year is < 1900 or > 2099 || (t > 0 && ctx.Tokens[t - 1].Kind == TokenKind.Punctuation && ctx.Text[ctx.Tokens[t - 1].Start] is '$' or '\u20AC' or '\u00A3' or '#'))
        {
            return false;
        }

        if (t > 0 && ctx.IsWord(t - 1) && char.IsUpper(ctx.Text[ctx.Tokens[t - 1].Start]) && !Lexicon.Months.ContainsKey(ctx.Lower[t - 1]))
        {
            return false; // "Flight 1943", "Miss Delaware 2014"
        }

        var n = t + 1;
        if (n >= ctx.Count || !ctx.SameSentence(t, n))
        {
            return true;
        }

        if (ctx.Tokens[n].Kind == TokenKind.Number || ctx.IsPunct(n, '%') || (ctx.IsPunct(n, '-') && ctx.Glued(t, n)))
        {
            return false;
        }

        var l = ctx.Lower[n];
        return !(ctx.IsWord(n) && char.IsLower(ctx.Text[ctx.Tokens[n].Start]) && ((l.EndsWith('s') && l.Length > 3) || Lexicon.ScaleWords.ContainsKey(l) || l is "percent" or "per" or "people" or "men" or "women" or "children"));
    }

    private static int? NextYear(TextContext ctx, int t, out int last)
    {
        last = t;
        if (t >= ctx.Count || ctx.Tokens[t].Kind != TokenKind.Number)
        {
            return null;
        }

        return Year(ctx.Surface(t));
    }

    private static int? Year(string s) =>
        s.Length == 4 && IsDigits(s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 2100 ? y : null;

    private static int? DayNumber(TextContext ctx, int t)
    {
        var s = ctx.Surface(t);
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 2)
        {
            return null;
        }

        var suffix = s[digits..].ToLowerInvariant();
        if (suffix is not ("" or "st" or "nd" or "rd" or "th"))
        {
            return null;
        }

        var d = int.Parse(s.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture);
        return d is >= 1 and <= 31 ? d : null;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
