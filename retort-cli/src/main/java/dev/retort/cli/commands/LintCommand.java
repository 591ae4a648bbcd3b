package dev.retort.cli.commands;

import dev.retort.cli.output.Json;
import dev.retort.error.CheckFailedException;
import dev.retort.verify.lint.Finding;
import dev.retort.verify.lint.LintReport;
import dev.retort.verify.lint.Rule;
import dev.retort.verify.lint.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "lint", description = "Check revision files against the migration guide's tips: one head, "
        + "descriptive messages, a downgrade, schema and data apart, one change per revision, drops and risky "
        + "columns flagged. Exit 3 on errors (and on warnings with --strict).")
public final class LintCommand extends Verb {
    @Parameters(paramLabel = "REV", arity = "0..*", description = "Revisions to lint: ids, prefixes or labels (default: all).")
    List<String> revisions = new ArrayList<>();

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--json", description = "Print JSON, for tools.")
    boolean json;

    @Option(names = "--rules", description = "List the rules, what each checks and its fix, and exit.")
    boolean listRules;

    @Override
    public Integer call() {
        if (listRules) {
            for (Rule rule : Rules.describe()) {
                out().println(rule.id() + " " + rule.name() + ": " + rule.explanation());
                out().println("     fix: " + rule.fix());
            }
            out().flush();
            return 0;
        }
        LintReport report = project().retort().lint(revisions);
        if (json) {
            out().println(Json.write(asMap(report)));
        } else {
            for (Finding finding : report.findings()) {
                out().println(finding.format(project().display(finding.file())));
            }
            out().println(report.summary());
        }
        out().flush();
        if (report.fails(strict)) {
            throw new CheckFailedException("lint found " + report.errors() + " error" + (report.errors() == 1 ? "" : "s")
                    + (strict ? " and " + report.warnings() + " warning" + (report.warnings() == 1 ? "" : "s")
                    + " (--strict)" : "") + "; each finding above names its fix");
        }
        return 0;
    }

    private Map<String, Object> asMap(LintReport report) {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding finding : report.findings()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", project().display(finding.file()));
            item.put("line", finding.line());
            item.put("severity", finding.severity().label());
            item.put("rule", finding.rule().id());
            item.put("name", finding.rule().name());
            item.put("revision", finding.revision());
            item.put("message", finding.message());
            item.put("fix", finding.rule().fix());
            findings.add(item);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("revisions", report.revisions());
        out.put("errors", report.errors());
        out.put("warnings", report.warnings());
        out.put("database", report.database());
        out.put("failed", report.fails(strict));
        out.put("findings", findings);
        return out;
    }
}
