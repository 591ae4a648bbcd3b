package dev.retort.cli.output;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressLineTest {

    @Test
    void noRateAndNoTimeLeftInTheFirstSecond() {
        String line = ProgressLine.render("Copying execution_logs", 120_000, 1_000_000, Duration.ofMillis(400), 80);
        assertFalse(line.contains("rows/s"), line);
        assertFalse(line.contains("ETA"), line);
        assertTrue(line.stripTrailing().endsWith(" 120.0k/1.0M rows"), line);
    }

    @Test
    void ratesAreScaledWithUnits() {
        String line = ProgressLine.render("Copying execution_logs", 883_333, 10_000_000, Duration.ofSeconds(1), 100);
        assertTrue(line.contains(" 883.3k rows/s"), line);
        assertFalse(line.contains("883333"), line);
        assertEquals("512", ProgressLine.scaled(512.4));
        assertEquals("1.5M", ProgressLine.scaled(1_499_999));
        assertEquals("1.0M", ProgressLine.scaled(999_990), "999.99k rounds up to the next unit, not to 1000.0k");
        assertEquals("2.0G", ProgressLine.scaled(2e9));
    }

    @Test
    void timeLeftOnlyOnceTheRateIsKnownAndReadable() {
        String line = ProgressLine.render("Copying t", 120_000, 1_000_000, Duration.ofSeconds(2), 80);
        assertTrue(line.stripTrailing().endsWith(" 60.0k rows/s ETA 0:15"), line);
        assertEquals("1:02:03", ProgressLine.clock(Duration.ofSeconds(3723)));
        assertEquals("0:07", ProgressLine.clock(Duration.ofSeconds(7)));
    }

    @Test
    void atEightyColumnsTheBarKeepsItsRoomAndTheLineFits() {
        String line = ProgressLine.render("Copying workflow_component_configurations_archive", 120_000, 1_000_000,
                Duration.ofSeconds(2), 80);
        assertTrue(line.length() <= 79, line.length() + ": " + line);
        int open = line.indexOf('[');
        int close = line.indexOf(']');
        assertTrue(open > 0 && close - open - 1 >= ProgressLine.MIN_BAR, "a bar of at least 10: " + line);
        assertTrue(line.contains(" 12% ["), line);
        assertTrue(line.contains("..."), "the long task name gave way: " + line);
    }

    @Test
    void theBarUsesTheWholeWidthItIsGiven() {
        String narrow = ProgressLine.render("Copying t", 500, 1000, Duration.ofSeconds(2), 80);
        String wide = ProgressLine.render("Copying t", 500, 1000, Duration.ofSeconds(2), 160);
        assertEquals(79, narrow.length(), narrow);
        assertEquals(159, wide.length(), wide);
        String bar = wide.substring(wide.indexOf('[') + 1, wide.indexOf(']'));
        assertEquals(bar.length() / 2, bar.indexOf('>'), "half done, half the bar: " + bar);
    }

    @Test
    void theBarKeepsItsWidthWhenTheRateAppearsAndEveryLineIsAsLong() {
        String first = ProgressLine.render("Copying t", 1_000, 1_000_000, Duration.ofMillis(300), 80);
        String later = ProgressLine.render("Copying t", 999_999, 1_000_000, Duration.ofSeconds(3), 80);
        assertEquals(first.indexOf(']'), later.indexOf(']'), first + "\n" + later);
        assertEquals(79, first.length());
        assertEquals(79, later.length());
    }

    @Test
    void aFinishedCopySaysHowLongItTook() {
        String line = ProgressLine.render("Copying t", 1000, 1000, Duration.ofSeconds(65), 80);
        assertTrue(line.contains("100% [" + "=".repeat(10)), line);
        assertTrue(line.stripTrailing().endsWith(" 1.0k/1.0k rows 15 rows/s in 1:05"), line);
    }

    @Test
    void theWidthComesFromColumnsWhenTheShellSetsIt() {
        assertEquals(132, ConsoleProgress.terminalWidth("132"));
        assertTrue(ConsoleProgress.terminalWidth("wide") >= 55, "picocli's detection, or its default");
        assertTrue(ConsoleProgress.terminalWidth(null) >= 55);
    }
}
