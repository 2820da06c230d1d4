namespace Storyline.Language;

/// <summary>What kind of calendar expression was read.</summary>
internal enum DateKind
{
    /// <summary>A day of a month, year maybe missing ("October 20", "20 October 2021", "2021-10-20").</summary>
    Day,
    /// <summary>A month, year maybe missing ("in July", "mid-August", "October 2021").</summary>
    Month,
    /// <summary>A year ("in 2019").</summary>
    Year,
    /// <summary>A range of years ("from 1996 until 2001").</summary>
    YearRange,
    /// <summary>A decade ("the 1980s").</summary>
    Decade,
    /// <summary>A weekday ("on Monday", "last Friday").</summary>
    Weekday,
    /// <summary>A day offset ("yesterday", "three days ago").</summary>
    DayOffset,
    /// <summary>A calendar week offset ("last week").</summary>
    WeekOffset,
    /// <summary>A month offset ("last month", "later this month").</summary>
    MonthOffset,
    /// <summary>A year offset ("last year").</summary>
    YearOffset,
}

/// <summary>A date expression as read, before it is put on the calendar.</summary>
internal readonly record struct DateExpression(
    int FirstToken,
    int LastToken,
    DateKind Kind,
    int? Year = null,
    int Month = 0,
    int Day = 0,
    int EndYear = 0,
    DayOfWeek? Weekday = null,
    int Offset = 0);
