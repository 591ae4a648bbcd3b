package dev.retort.revision;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The tie-break between revisions that could run in either order: oldest create date first, then id.
 * Dates are compared as instants, so "…+02:00" and "…Z" headers interleave correctly; a date that does
 * not parse sorts after every parsed one (by its text), and a missing date after those.
 *
 * <p>Dates are read by hand rather than with java.time's formatters: those cost a few hundred
 * milliseconds on a cold JVM for 5,000 headers, which `retort heads` cannot afford.
 */
final class CreateDateOrder {

    private CreateDateOrder() {
    }

    private static final class Key implements Comparable<Key> {
        final int index;
        final int kind;
        final long seconds;
        final int nanos;
        final String text;
        final String id;

        Key(int index, int kind, long seconds, int nanos, String text, String id) {
            this.index = index;
            this.kind = kind;
            this.seconds = seconds;
            this.nanos = nanos;
            this.text = text;
            this.id = id;
        }

        @Override
        public int compareTo(Key o) {
            if (kind != o.kind) {
                return Integer.compare(kind, o.kind);
            }
            if (seconds != o.seconds) {
                return Long.compare(seconds, o.seconds);
            }
            if (nanos != o.nanos) {
                return Integer.compare(nanos, o.nanos);
            }
            int byText = text == null || o.text == null ? 0 : text.compareTo(o.text);
            return byText != 0 ? byText : id.compareTo(o.id);
        }
    }

    /** rank[i] = the position of revisions.get(i) in tie-break order. */
    static int[] ranks(List<Revision> revisions) {
        int n = revisions.size();
        Key[] keys = new Key[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key(i, revisions.get(i));
        }
        Arrays.sort(keys);
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[keys[r].index] = r;
        }
        return rank;
    }

    private static Key key(int index, Revision r) {
        String date = r.createDate() == null ? "" : r.createDate().trim();
        if (date.isEmpty()) {
            return new Key(index, 2, 0, 0, null, r.id());
        }
        long[] instant = parse(date);
        return instant != null ? new Key(index, 0, instant[0], (int) instant[1], null, r.id())
                : new Key(index, 1, 0, 0, date, r.id());
    }

    /**
     * Reads {@code YYYY-MM-DD}, optionally followed by {@code T} or a space, {@code HH:MM}, {@code :SS},
     * a fraction, and {@code Z} or {@code ±HH:MM}; no zone means UTC.
     *
     * @return {epoch seconds, nanos}, or null when the text is not such a date
     */
    static long[] parse(String s) {
        Cursor c = new Cursor(s);
        int year = c.digits(4);
        int month = c.expect('-') ? c.digits(2) : -1;
        int day = c.expect('-') ? c.digits(2) : -1;
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        long seconds = 0;
        long nanos = 0;
        if (!c.atEnd()) {
            if (!c.expect('T') && !c.expect('t') && !c.expect(' ')) {
                return null;
            }
            int hour = c.digits(2);
            int minute = c.expect(':') ? c.digits(2) : -1;
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
                return null;
            }
            int second = 0;
            if (c.expect(':')) {
                second = c.digits(2);
                if (second < 0 || second > 59) {
                    return null;
                }
                if (c.expect('.') || c.expect(',')) {
                    int start = c.pos;
                    long fraction = 0;
                    while (!c.atEnd() && Character.isDigit(s.charAt(c.pos)) && c.pos - start < 9) {
                        fraction = fraction * 10 + (s.charAt(c.pos++) - '0');
                    }
                    if (c.pos == start) {
                        return null;
                    }
                    for (int k = c.pos - start; k < 9; k++) {
                        fraction *= 10;
                    }
                    nanos = fraction;
                }
            }
            seconds = hour * 3600L + minute * 60L + second;
            if (c.expect('Z') || c.expect('z')) {
                // UTC
            } else if (!c.atEnd()) {
                int sign = c.expect('+') ? -1 : c.expect('-') ? 1 : 0;
                int offsetHours = c.digits(2);
                c.expect(':');
                int offsetMinutes = c.digits(2);
                if (sign == 0 || offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) {
                    return null;
                }
                seconds += sign * (offsetHours * 3600L + offsetMinutes * 60L);
            }
        }
        if (!c.atEnd()) {
            return null;
        }
        try {
            return new long[] {LocalDate.of(year, month, day).toEpochDay() * 86_400L + seconds, nanos};
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static final class Cursor {
        final String s;
        int pos;

        Cursor(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        boolean expect(char ch) {
            if (pos < s.length() && s.charAt(pos) == ch) {
                pos++;
                return true;
            }
            return false;
        }

        /** Exactly n digits as a number, or -1 (the cursor then stays put). */
        int digits(int n) {
            if (pos + n > s.length()) {
                return -1;
            }
            int value = 0;
            for (int k = 0; k < n; k++) {
                char ch = s.charAt(pos + k);
                if (ch < '0' || ch > '9') {
                    return -1;
                }
                value = value * 10 + (ch - '0');
            }
            pos += n;
            return value;
        }
    }
}
