package io.redress.deadlines;

/** How a timer's duration is counted from the moment it starts. */
public enum ClockKind {
    /** Plain elapsed time. */
    CALENDAR,
    /** Only the business hours of every day (holidays included) count. */
    BUSINESS_HOURS,
    /** Whole working days on the holiday calendar, due at the starting time of day. */
    WORKING_DAYS
}
