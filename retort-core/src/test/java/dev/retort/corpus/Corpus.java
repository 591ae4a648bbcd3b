package dev.retort.corpus;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Where the corpus schemas live: {@code src/test/resources/corpus/<dialect>/}, one folder per dialect. */
public final class Corpus {
    private Corpus() {
    }

    /** The corpus folder of {@code dialect} on the test classpath. */
    public static Path folder(String dialect) {
        URL url = Corpus.class.getResource("/corpus/" + dialect);
        if (url == null) {
            throw new IllegalStateException("no corpus/" + dialect + " folder in the test resources");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
