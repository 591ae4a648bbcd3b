package dev.retort.spi;

import dev.retort.config.ConfigDialects;
import dev.retort.config.Secrets;
import dev.retort.config.Settings;
import dev.retort.error.RetortException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dialects on the classpath, found once through {@link ServiceLoader}. Chooses the one for a URL by its
 * prefix, or for a connection by the product name its metadata reports when no prefix is known.
 */
public final class DialectRegistry implements ConfigDialects {
    private static final DialectRegistry INSTALLED = new DialectRegistry(load());

    private final List<DialectProvider> providers;

    /** @param providers in the order they are asked; the first that accepts a URL wins */
    public DialectRegistry(List<DialectProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The dialects this process has on its classpath. */
    public static DialectRegistry installed() {
        return INSTALLED;
    }

    private static List<DialectProvider> load() {
        List<DialectProvider> found = new ArrayList<>();
        ServiceLoader.load(DialectProvider.class, DialectRegistry.class.getClassLoader()).forEach(found::add);
        return found;
    }

    public List<DialectProvider> providers() {
        return providers;
    }

    /** The dialect for {@code url}; refuses a URL no installed dialect speaks, listing those that are. */
    public DialectProvider forUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new RetortException("no database URL: set url in retort.toml, RETORT_URL, or pass --url");
        }
        return find(url).orElseThrow(() -> new RetortException(forUrlRefusal(url)));
    }

    /** What to say of a URL no dialect speaks and no driver on the classpath connected to. */
    public String forUrlRefusal(String url) {
        return "unsupported database URL " + Secrets.redactUrl(url) + ": Retort speaks " + urlForms();
    }

    /** The dialect for {@code url} when one speaks it. */
    public Optional<DialectProvider> find(String url) {
        return url == null ? Optional.empty() : providers.stream().filter(p -> p.acceptsUrl(url)).findFirst();
    }

    /** The dialect for {@code url}, or the embedded default when no URL is given (writing SQL offline needs none). */
    public DialectProvider forUrlOrDefault(String url) {
        if (url != null && !url.isBlank()) {
            return forUrl(url);
        }
        return providers.stream().filter(DialectProvider::isDefault).findFirst()
                .or(() -> providers.stream().findFirst())
                .orElseThrow(() -> new RetortException("no dialect is on the classpath"));
    }

    /** The dialect named {@code name} (its retort.toml section). */
    public Optional<DialectProvider> named(String name) {
        return providers.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The dialect for an open connection: by the URL it reports when a dialect knows the prefix, else by the
     * product name (a wrapping driver or a pool reports a URL of its own).
     */
    public DialectProvider forConnection(Connection connection) throws SQLException {
        String url = connection.getMetaData().getURL();
        Optional<DialectProvider> byUrl = find(url);
        if (byUrl.isPresent()) {
            return byUrl.get();
        }
        String product = connection.getMetaData().getDatabaseProductName();
        return providers.stream().filter(p -> p.acceptsProduct(product)).findFirst()
                .orElseThrow(() -> new RetortException(product + " (" + Secrets.redactUrl(url)
                        + ") is not a database Retort can migrate; Retort speaks " + urlForms()));
    }

    private String urlForms() {
        List<String> forms = providers.stream().map(p -> p.displayName() + " (" + p.urlForm() + ")").toList();
        if (forms.isEmpty()) {
            return "no database: no dialect is on the classpath";
        }
        return forms.size() == 1 ? forms.get(0)
                : String.join(", ", forms.subList(0, forms.size() - 1)) + " and " + forms.get(forms.size() - 1);
    }

    @Override
    public Set<String> sections() {
        return providers.stream().map(DialectProvider::name).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Object readSettings(Settings section) {
        return named(section.section()).orElseThrow().readSettings(section);
    }

    @Override
    public String resolveRelative(String url, Path dir) {
        return find(url).map(p -> p.resolveRelative(url, dir)).orElse(url);
    }
}
