package dev.retort.spring;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IDEs complete retort.* from the metadata the build writes; every documented property must be in it. */
class ConfigurationMetadataTest {
    @Test
    void everyPropertyIsDescribedForIdes() throws Exception {
        String json;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertNotNull(in, "the configuration processor wrote no metadata");
            // The processor escapes slashes ("db\/retort"), which JSON allows.
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\\/", "/");
        }
        for (String property : List.of("retort.enabled", "retort.locations", "retort.target",
                "retort.fail-on-multiple-heads", "retort.url", "retort.user", "retort.password")) {
            assertTrue(json.contains("\"name\": \"" + property + "\""), property + " is missing from the metadata");
        }
        assertTrue(json.contains("\"value\": \"classpath:db/retort\""), "the locations hint is merged in");
    }
}
