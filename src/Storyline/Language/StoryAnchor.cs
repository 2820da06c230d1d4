namespace Storyline.Language;

/// <summary>
/// Moves the date a story lends an undated report to the latest day the report itself tells of as
/// present or past. A report is written no earlier than what it recounts: one that says "the
/// October 20 conference is one of the group's most significant" was written on or after October
/// 20, even when its story's other reports, which announced that conference, date from two weeks
/// before. Its "last week" then lands in the week before the conference, not before the announcement.
/// </summary>
internal static class StoryAnchor
{
    /// <summary>How far past the story's date a told day may move the anchor: a story's reports span weeks, not seasons.</summary>
    private const int MaxDaysAhead = 31;

    /// <summary>Words that make a sentence look ahead, so its dates are plans rather than what happened.</summary>
    private static readonly HashSet<string> FutureCues = new(StringComparer.Ordinal)
    {
        "will", "'ll", "shall", "would", "scheduled", "schedule", "planned", "plan", "plans", "planning",
        "expected", "expects", "due", "upcoming", "next", "later", "set", "slated", "ahead", "await",
        "awaits", "awaiting", "intends", "intend", "invite", "invites", "invited", "announce",
        "announced", "going", "deadline", "until", "till", "by", "before", "postponed", "delayed",
    };

    /// <summary>
    /// The latest day-precision date in <paramref name="expressions"/> that falls after
    /// <paramref name="assumed"/> (within <see cref="MaxDaysAhead"/> days) in a sentence without a
    /// look-ahead cue; else <paramref name="assumed"/>.
    /// </summary>
    public static DateOnly Refine(TextContext ctx, List<DateExpression> expressions, DateOnly assumed)
    {
        var latest = assumed;
        foreach (var e in expressions)
        {
            if (e.Kind != DateKind.Day || e.Month is < 1 or > 12 || e.Day < 1)
            {
                continue;
            }

            DateOnly day;
            if (e.Year is { } year)
            {
                if (year is < 1 or > 9999 || e.Day > DateTime.DaysInMonth(year, e.Month))
                {
                    continue;
                }

                day = new DateOnly(year, e.Month, e.Day);
            }
            else
            {
                day = DateResolver.NearestYear(e.Month, e.Day, assumed);
            }

            if (day > latest && day.DayNumber - assumed.DayNumber <= MaxDaysAhead && !LooksAhead(ctx, e.FirstToken))
            {
                latest = day;
            }
        }

        return latest;
    }

    private static bool LooksAhead(TextContext ctx, int token)
    {
        var sentence = ctx.SentenceOfToken[token];
        var first = token;
        while (first > 0 && ctx.SentenceOfToken[first - 1] == sentence)
        {
            first--;
        }

        for (var t = first; t < ctx.Tokens.Count && ctx.SentenceOfToken[t] == sentence; t++)
        {
            if (FutureCues.Contains(ctx.Lower[t]) || IsToInfinitiveOfBe(ctx, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"is to be held", "are to meet": the planned-arrangement construction.</summary>
    private static bool IsToInfinitiveOfBe(TextContext ctx, int t) =>
        ctx.Lower[t] is "is" or "are" or "was" or "were" && t + 1 < ctx.Tokens.Count && ctx.Lower[t + 1] == "to";
}
