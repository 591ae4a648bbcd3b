package dev.retort.spring;

import dev.retort.config.Secrets;
import dev.retort.error.RetortException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** When Retort stops the start-up, the report leads with Retort's one-line message instead of a bean-creation trace. */
public class RetortFailureAnalyzer extends AbstractFailureAnalyzer<RetortException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RetortException cause) {
        StringBuilder description = new StringBuilder("Retort: " + Secrets.redactUrl(cause.getMessage()));
        cause.details().forEach(line -> description.append('\n').append(Secrets.redactUrl(line)));
        return new FailureAnalysis(description.toString(),
                "Fix what the message names (revisions applied before it stay applied; a failed one was rolled back "
                        + "where the database allows), then start again. To start without migrating, set "
                        + "retort.enabled=false.", cause);
    }
}
