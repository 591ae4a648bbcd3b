package dev.retort.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/** The {@code retort.*} properties of a Spring Boot application. */
@ConfigurationProperties(prefix = "retort")
public class RetortProperties {
    /** Whether to migrate the database when the application starts. */
    private boolean enabled = true;

    /**
     * Where the revisions are: classpath:db/retort is where retort-maven-plugin's compile-revisions puts them;
     * filesystem:migrations reads a source folder (which needs a JDK at run time).
     */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/retort"));

    /** The revision to upgrade to: heads (every head), head (refused when there are several), or a revision id. */
    private String target = "heads";

    /** Whether start-up fails when the revisions have more than one head (parallel work not merged yet). */
    private boolean failOnMultipleHeads = false;

    /** A JDBC URL for a connection of Retort's own (e.g. a user allowed to change the schema); default: the DataSource. */
    private String url;

    /** The user for {@code retort.url}. */
    private String user;

    /** The password for {@code retort.user}. */
    private String password;

    /** @return whether to migrate at start-up */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether to migrate at start-up */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return where the revisions are */
    public List<String> getLocations() {
        return locations;
    }

    /** @param locations where the revisions are ({@code classpath:} or {@code filesystem:}) */
    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    /** @return the revision to upgrade to */
    public String getTarget() {
        return target;
    }

    /** @param target the revision to upgrade to */
    public void setTarget(String target) {
        this.target = target;
    }

    /** @return whether several heads stop the start-up */
    public boolean isFailOnMultipleHeads() {
        return failOnMultipleHeads;
    }

    /** @param failOnMultipleHeads whether several heads stop the start-up */
    public void setFailOnMultipleHeads(boolean failOnMultipleHeads) {
        this.failOnMultipleHeads = failOnMultipleHeads;
    }

    /** @return the JDBC URL of Retort's own connection, or null to use the DataSource */
    public String getUrl() {
        return url;
    }

    /** @param url the JDBC URL of Retort's own connection */
    public void setUrl(String url) {
        this.url = url;
    }

    /** @return the user of Retort's own connection */
    public String getUser() {
        return user;
    }

    /** @param user the user of Retort's own connection */
    public void setUser(String user) {
        this.user = user;
    }

    /** @return the password of Retort's own connection */
    public String getPassword() {
        return password;
    }

    /** @param password the password of Retort's own connection */
    public void setPassword(String password) {
        this.password = password;
    }
}
