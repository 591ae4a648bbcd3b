package dev.retort.spring.app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code authors}, a table only the revisions create. */
@Entity
@Table(name = "authors")
public class Author {
    @Id
    private Integer id;

    private String name;

    protected Author() {
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
