package org.zhsearch.corpus;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises dates to ISO {@code yyyy-MM-dd} or {@code yyyy-MM-ddTHH:mm:ss}. Accepts {@code 2024-11-25},
 * {@code 2024/11/25}, {@code 2024.11.25} and {@code 2024年11月25日}, optionally followed (after a space or
 * {@code T}) by {@code HH:mm} or {@code HH:mm:ss} (also {@code ：} or {@code 时分秒}); ISO fractions and zone
 * suffixes are dropped. Full-width digits are accepted. Anything else is {@code null}.
 */
final class Dates {
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(?:(?:\\s*T\\s*|\\s+|(?<=日))(\\d{1,2})\\s*[:：时時]\\s*(\\d{1,2})\\s*分?"
            + "(?:\\s*(?:[:：]|(?<=分))\\s*(\\d{1,2})\\s*秒?)?(?:\\.\\d+)?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private Dates() {}

    static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
            if (m.group(4) == null) {
                return date.toString();
            }
            int seconds = m.group(6) == null ? 0 : num(m.group(6));
            LocalTime time = LocalTime.of(num(m.group(4)), num(m.group(5)), seconds);
            return DATE_TIME.format(LocalDateTime.of(date, time));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
