using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Language;

/// <summary>
/// Puts date expressions on the calendar. Relative expressions resolve against a reference date only,
/// never the machine's clock: a bare weekday is the latest such day on or before the reference ("next"
/// looks forward); a day or month without its year takes the year that puts it nearest the reference.
/// </summary>
public static class DateResolver
{
    /// <summary>The year in which <paramref name="month"/>/<paramref name="day"/> falls nearest <paramref name="reference"/>.</summary>
    public static DateOnly NearestYear(int month, int day, DateOnly reference)
    {
        var best = default(DateOnly);
        var bestDistance = int.MaxValue;
        for (var y = reference.Year - 1; y <= reference.Year + 1; y++)
        {
            if (y < 1 || y > 9999 || day > DateTime.DaysInMonth(y, month))
            {
                continue;
            }

            var d = new DateOnly(y, month, day);
            var distance = Math.Abs(d.DayNumber - reference.DayNumber);
            if (distance < bestDistance)
            {
                best = d;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The latest <paramref name="weekday"/> on or before <paramref name="reference"/> (offset -1: strictly before the reference's week; +1: after it).</summary>
    public static DateOnly Weekday(DayOfWeek weekday, DateOnly reference, int offset = 0)
    {
        var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
        if (offset > 0)
        {
            var forward = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
            return reference.AddDays(forward == 0 ? 7 : forward);
        }

        if (offset < 0 && back == 0)
        {
            back = 7;
        }

        return reference.AddDays(-back);
    }

    /// <summary>The year (within ±30 of <paramref name="anchorYear"/>) whose <paramref name="month"/>/<paramref name="day"/> falls on <paramref name="weekday"/>, nearest the anchor.</summary>
    public static int? YearForWeekday(int month, int day, DayOfWeek weekday, int anchorYear)
    {
        for (var delta = 0; delta <= 30; delta++)
        {
            foreach (var y in delta == 0 ? new[] { anchorYear } : [anchorYear - delta, anchorYear + delta])
            {
                if (y is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day).DayOfWeek == weekday)
                {
                    return y;
                }
            }
        }

        return null;
    }

    internal static DateOnly? InferReference(TextContext ctx, List<DateExpression> expressions, DateOnly? assumed, out bool fromText)
    {
        fromText = false;
        var headLimit = ctx.Sentences.Length > 1 ? ctx.Sentences[Math.Min(1, ctx.Sentences.Length - 1)].End : ctx.Text.Length;
        headLimit = Math.Min(Math.Max(headLimit, 0), 400);
        foreach (var e in expressions)
        {
            if (ctx.Tokens[e.FirstToken].Start > headLimit)
            {
                break;
            }

            var before = e.FirstToken > 0 ? ctx.Lower[e.FirstToken - 1] : "";
            if (e.Kind == DateKind.Day && e.Year is { } y && before is not ("on" or "in" or "since" or "until" or "from" or "by" or "before" or "after" or "of" or "to" or "till" or "through"))
            {
                // a dateline ("KABUL, March 3, 2015 -", "Published October 7, 2021"), not an event ("ended on 15 February 1989")
                fromText = true;
                return new DateOnly(y, e.Month, e.Day);
            }
        }

        // Bare years are often history ("the 1980s", "in 1989"): only full dates or the assumed date anchor the weekday pair.
        var anchor = assumed?.Year ?? expressions.Where(e => e.Year is not null && e.Kind is DateKind.Day or DateKind.Month).Select(e => e.Year!.Value).DefaultIfEmpty(0).Max();
        foreach (var e in expressions)
        {
            if (e.Kind == DateKind.Day && e.Weekday is { } w)
            {
                var year = e.Year ?? (anchor > 0 ? YearForWeekday(e.Month, e.Day, w, anchor) : null);
                if (year is { } yy && new DateOnly(yy, e.Month, e.Day).DayOfWeek == w)
                {
                    fromText = true;
                    return new DateOnly(yy, e.Month, e.Day);
                }
            }
        }

        return assumed;
    }

    internal static ImmutableArray<DateMention> Resolve(TextContext ctx, List<DateExpression> expressions, DateOnly? reference)
    {
        var result = ImmutableArray.CreateBuilder<DateMention>(expressions.Count);
        foreach (var e in expressions)
        {
            var resolved = Resolve(e, reference);
            if (resolved is null)
            {
                continue;
            }

            var (value, end, precision, relative) = resolved.Value;
            var start = ctx.Tokens[e.FirstToken].Start;
            var length = ctx.Tokens[e.LastToken].End - start;
            result.Add(new DateMention(start, length, ctx.Text.Substring(start, length), value, end, precision, relative, ctx.SentenceOfToken[e.FirstToken]));
        }

        return result.ToImmutable();
    }

    private static (DateOnly Value, DateOnly? End, DatePrecision Precision, bool Relative)? Resolve(DateExpression e, DateOnly? reference)
    {
        switch (e.Kind)
        {
            case DateKind.Day:
                if (e.Year is { } y)
                {
                    return (new DateOnly(y, e.Month, e.Day), null, DatePrecision.Day, false);
                }

                if (reference is not { } r)
                {
                    return null;
                }

                if (e.Weekday is { } w && YearForWeekday(e.Month, e.Day, w, r.Year) is { } wy && Math.Abs(wy - r.Year) <= 1)
                {
                    return (new DateOnly(wy, e.Month, e.Day), null, DatePrecision.Day, true);
                }

                return (NearestYear(e.Month, e.Day, r), null, DatePrecision.Day, true);
            case DateKind.Month:
                if (e.Year is { } my)
                {
                    return (new DateOnly(my, e.Month, 1), null, DatePrecision.Month, false);
                }

                if (reference is not { } mr)
                {
                    return null;
                }

                var month = e.Offset switch
                {
                    < 0 => LastMonthNamed(e.Month, mr),
                    > 0 => NextMonthNamed(e.Month, mr),
                    _ => NearestYear(e.Month, 15, mr),
                };
                return (new DateOnly(month.Year, month.Month, 1), null, DatePrecision.Month, true);
            case DateKind.Year:
                return (new DateOnly(e.Year!.Value, 1, 1), null, DatePrecision.Year, false);
            case DateKind.YearRange:
                return (new DateOnly(e.Year!.Value, 1, 1), new DateOnly(e.EndYear, 12, 31), DatePrecision.Year, false);
            case DateKind.Decade:
                return (new DateOnly(e.Year!.Value, 1, 1), new DateOnly(e.Year.Value + 9, 12, 31), DatePrecision.Decade, false);
            default:
                break;
        }

        if (reference is not { } rr)
        {
            return null;
        }

        switch (e.Kind)
        {
            case DateKind.Weekday:
                return (Weekday(e.Weekday!.Value, rr, e.Offset), null, DatePrecision.Day, true);
            case DateKind.DayOffset:
                return (rr.AddDays(e.Offset), null, DatePrecision.Day, true);
            case DateKind.WeekOffset:
                var monday = rr.AddDays(-(((int)rr.DayOfWeek + 6) % 7)).AddDays(7 * e.Offset);
                return (monday, monday.AddDays(6), DatePrecision.Week, true);
            case DateKind.MonthOffset:
                var m = new DateOnly(rr.Year, rr.Month, 1).AddMonths(e.Offset);
                return (m, null, DatePrecision.Month, true);
            case DateKind.YearOffset:
                return (new DateOnly(rr.Year + e.Offset, 1, 1), null, DatePrecision.Year, true);
            default:
                return null;
        }
    }

    private static DateOnly LastMonthNamed(int month, DateOnly r) => new(month < r.Month ? r.Year : r.Year - 1, month, 1);

    private static DateOnly NextMonthNamed(int month, DateOnly r) => new(month > r.Month ? r.Year : r.Year + 1, month, 1);
}
