package dev.retort.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small Spring Boot application with a JpaRepository over a table that only Retort creates. */
@SpringBootApplication
public class LibraryApplication {
}
