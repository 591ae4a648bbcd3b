package dev.retort.revision;

import static dev.retort.revision.Revs.dated;
import static dev.retort.revision.Revs.rev;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateDateOrderTest {

    @Test
    void datesCompareAsInstantsAcrossOffsets() {
        List<Revision> revisions = List.of(
                dated(rev("a"), "2024-01-01T12:00:00Z"),
                dated(rev("b"), "2024-01-01T13:30:00+02:00"),
                dated(rev("c"), "2024-01-01T11:59:59Z"));
        assertArrayEquals(new int[] {2, 0, 1}, CreateDateOrder.ranks(revisions));
    }

    @Test
    void zonelessDatesAreUtcAndEqualDatesFallBackToId() {
        List<Revision> revisions = List.of(
                dated(rev("z"), "2024-01-02 00:00:00"),
                dated(rev("y"), "2024-01-02"),
                dated(rev("x"), "2024-01-02T00:00:00Z"),
                dated(rev("w"), "2024-01-01T23:00:00.5"));
        assertArrayEquals(new int[] {3, 2, 1, 0}, CreateDateOrder.ranks(revisions));
    }

    @Test
    void unparsableDatesComeAfterParsedOnesAndMissingDatesLast() {
        List<Revision> revisions = List.of(
                rev("a"),
                dated(rev("b"), "yesterday"),
                dated(rev("c"), "2099-01-01T00:00:00Z"),
                dated(rev("d"), "  "),
                dated(rev("e"), "last week"));
        assertArrayEquals(new int[] {3, 2, 0, 4, 1}, CreateDateOrder.ranks(revisions));
    }

    @Test
    void handParserAgreesWithJavaTime() {
        for (String text : List.of("2026-11-24T14:00:00Z", "2026-11-24T14:00:00.123456Z", "1999-12-31T23:59:59-05:30",
                "2024-02-29T00:00:00+14:00", "2024-06-01T08:15:30.5+02:00")) {
            assertInstant(OffsetDateTime.parse(text).toInstant(), text);
        }
        assertInstant(LocalDateTime.parse("2024-06-01T08:15").toInstant(ZoneOffset.UTC), "2024-06-01 08:15");
        assertInstant(LocalDateTime.parse("2024-06-01T08:15:07").toInstant(ZoneOffset.UTC), "2024-06-01T08:15:07");
        assertInstant(LocalDate.parse("2024-06-01").atStartOfDay().toInstant(ZoneOffset.UTC), "2024-06-01");
    }

    @Test
    void handParserRefusesWhatIsNotADate() {
        for (String text : List.of("2024-02-30", "2024-13-01", "24-01-01", "2024-01-01T25:00", "2024-01-01T10",
                "2024-01-01T10:00:00+2", "2024-01-01T10:00:00.Z", "2024-01-01x", "2024-01-01T10:00:00Zjunk")) {
            assertNull(CreateDateOrder.parse(text), text);
        }
    }

    private static void assertInstant(Instant expected, String text) {
        long[] parsed = CreateDateOrder.parse(text);
        assertArrayEquals(new long[] {expected.getEpochSecond(), expected.getNano()}, parsed, text);
    }
}
