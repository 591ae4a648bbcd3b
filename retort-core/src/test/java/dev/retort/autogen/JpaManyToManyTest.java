package dev.retort.autogen;

import dev.retort.schema.Column;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static dev.retort.schema.Types.BIGINT;
import static dev.retort.schema.Types.INTEGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An owning {@code @ManyToMany} becomes its join table; the {@code mappedBy} side adds nothing. */
class JpaManyToManyTest {
    @TempDir
    Path dir;

    private static Column notNull(String name, dev.retort.schema.ColumnType type) {
        return new Column(name, type, false, null, false, false, false, null);
    }

    private static ForeignKey fk(String name, String column, String table, String refColumn) {
        return new ForeignKey(name, List.of(column), table, List.of(refColumn), FkAction.NO_ACTION, FkAction.NO_ACTION);
    }

    private Schema library(String joinTable) throws IOException {
        JpaModelSourceTest.write(dir, "lib/Book.java", """
                package lib;

                import jakarta.persistence.*;
                import java.util.*;

                @Entity @Table(name = "books")
                public class Book {
                    @Id Long id;
                    %s
                    Set<Tag> tags;
                    @ManyToMany Set<Author> authors;
                    @ManyToMany List<Shelf> shelves;
                }
                """.formatted(joinTable));
        JpaModelSourceTest.write(dir, "lib/Tag.java", """
                package lib;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity @Table(name = "tags")
                public class Tag {
                    @Id @Column(name = "tag_id") Integer id;
                    @ManyToMany(mappedBy = "tags") Set<Book> books;
                }
                """);
        JpaModelSourceTest.write(dir, "lib/Author.java", """
                package lib;

                import jakarta.persistence.*;
                import java.util.Set;

                @Entity @Table(name = "authors")
                public class Author {
                    @Id Long id;
                    @ManyToMany(mappedBy = "authors") Set<Book> writings;
                }
                """);
        JpaModelSourceTest.write(dir, "lib/Shelf.java", """
                package lib;

                import jakarta.persistence.*;

                @Entity
                public class Shelf { @Id Long id; }
                """);
        return new JpaModelSource(dir).load();
    }

    @Test
    void joinTableNamesItsTableColumnsAndForeignKeys() throws IOException {
        Schema schema = library("""
                @ManyToMany
                @JoinTable(name = "book_tags", joinColumns = @JoinColumn(name = "book_id"),
                        inverseJoinColumns = @JoinColumn(name = "tag_id"),
                        foreignKey = @ForeignKey(name = "fk_book_tags_book"))""");
        Table expected = new Table("book_tags", List.of(notNull("book_id", BIGINT), notNull("tag_id", INTEGER)),
                new PrimaryKey(null, List.of("book_id", "tag_id")), List.of(),
                List.of(fk("fk_book_tags_book", "book_id", "books", "id"), fk(null, "tag_id", "tags", "tag_id")),
                List.of(), List.of());
        assertEquals(expected, schema.table("book_tags").orElseThrow());
        assertEquals(List.of("authors", "book_tags", "books", "books_authors", "books_shelf", "shelf", "tags"),
                schema.tables().stream().map(Table::name).sorted().toList(), "the mappedBy sides own no table");
    }

    @Test
    void withoutJoinTableTheNamesAreHibernatesDefaults() throws IOException {
        Schema schema = library("@ManyToMany");
        Table tags = schema.table("books_tags").orElseThrow();
        assertEquals(List.of(notNull("books_id", BIGINT), notNull("tags_tag_id", INTEGER)), tags.columns(),
                "the owner's column is named after Tag.books, which maps this side");
        assertEquals(List.of(fk(null, "books_id", "books", "id"), fk(null, "tags_tag_id", "tags", "tag_id")),
                tags.foreignKeys());
        assertEquals(List.of("writings_id", "authors_id"),
                schema.table("books_authors").orElseThrow().columns().stream().map(Column::name).toList());
        Table shelves = schema.table("books_shelf").orElseThrow();
        assertEquals(List.of("book_id", "shelves_id"), shelves.columns().stream().map(Column::name).toList(),
                "one-way: the owner's column is named after its entity");
        assertEquals(null, shelves.primaryKey(), "a List is a bag, which Hibernate leaves without a key");
    }

    @Test
    void aRenamedJoinTableIsADifference() throws IOException {
        Schema before = library("@ManyToMany");
        Schema after = library("@ManyToMany @JoinTable(name = \"book_tags\")");
        assertTrue(after.table("book_tags").isPresent());
        assertFalse(new SchemaDiff().compare(before, after).isEmpty());
    }
}
