package dev.retort.spi;

import dev.retort.autogen.DiffHooks;

import java.util.Set;

/** What every dialect says of itself the same way: its names, capabilities and diff hooks, given once. */
public abstract class BaseDialect implements Dialect {
    private final String name;
    private final String displayName;
    private final Set<String> names;
    private final Set<Capability> capabilities;
    private final DiffHooks diffHooks;

    /** @param aliases names besides {@code name} that {@code op.execute(dialect, sql)} may use for this family */
    protected BaseDialect(String name, String displayName, Set<String> aliases, Set<Capability> capabilities,
                          DiffHooks diffHooks) {
        this.name = name;
        this.displayName = displayName;
        this.names = union(name, aliases);
        this.capabilities = Set.copyOf(capabilities);
        this.diffHooks = diffHooks;
    }

    private static Set<String> union(String name, Set<String> aliases) {
        java.util.Set<String> all = new java.util.HashSet<>(aliases);
        all.add(name);
        return Set.copyOf(all);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final Set<String> names() {
        return names;
    }

    @Override
    public final Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public final DiffHooks diffHooks() {
        return diffHooks;
    }
}
