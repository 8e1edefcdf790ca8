package org.zhsearch.documents;

import java.time.ZoneId;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Document creation dates as ISO {@code yyyy-MM-dd}: the day, since the time of creation is rarely meant. */
final class IsoDates {
    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private IsoDates() {}

    /**
     * The day of {@code date} in this machine's time zone (where the documents' users are), or null — also for
     * days before 1980: an unset date in a binary Office file reads as 1601-01-01, the FILETIME epoch.
     */
    static String of(Date date) {
        if (date == null) {
            return null;
        }
        java.time.LocalDate day =
                date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        return day.getYear() < 1980 ? null : day.toString();
    }

    /** The {@code yyyy-MM-dd} a metadata value starts with ({@code 2024-03-01T10:00:00}), or null. */
    static String leading(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = LEADING_DATE.matcher(value);
        return m.find() ? of(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** {@code yyyy-MM-dd} from its parts, or null when they are not a date. */
    static String of(String year, String month, String day) {
        try {
            return java.time.LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                    .toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
