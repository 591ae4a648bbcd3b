package dev.retort.spring.app;

import jakarta.annotation.PostConstruct;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads the table while the context is still starting, through the repository and through JdbcTemplate: the
 * first calls either of them makes. They work only if Retort ran before the EntityManagerFactory and the
 * JdbcTemplate were created.
 */
@Component
public class StartupReader {
    private final AuthorRepository authors;
    private final JdbcTemplate jdbc;
    private List<String> namesSeenAtStartup;
    private Integer countSeenAtStartup;

    public StartupReader(AuthorRepository authors, JdbcTemplate jdbc) {
        this.authors = authors;
        this.jdbc = jdbc;
    }

    @PostConstruct
    void readFirst() {
        namesSeenAtStartup = authors.findAll().stream().map(Author::getName).sorted().toList();
        countSeenAtStartup = jdbc.queryForObject("SELECT COUNT(*) FROM authors", Integer.class);
    }

    public List<String> namesSeenAtStartup() {
        return namesSeenAtStartup;
    }

    public Integer countSeenAtStartup() {
        return countSeenAtStartup;
    }
}
