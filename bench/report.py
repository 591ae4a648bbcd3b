#!/usr/bin/python3
"""Writes bench/run's section of bench/RESULTS.md from the raw timings of one run.

  report.py WORK RESULTS_MD RUNS SCALE

WORK holds cases.tsv (case, label, tools), raw/CASE.TOOL (one "ms peak_kib" line per measured run),
checks.tsv (name, value; the last value of a name counts), machine.txt and notes.txt. The section
between the two markers below is replaced; everything else in RESULTS_MD is kept.
"""
import os
import statistics
import sys

START = "<!-- bench/run: start (this section is rewritten by bench/run) -->"
END = "<!-- bench/run: end -->"
GROUPS = [("w1", "W1: start-up and the read-only verbs"), ("w2", "W2: upgrade head on an empty SQLite file"),
          ("w3", "W3: safe rebuild against SQLite's 12 steps by hand"),
          ("w4", "W4: the rebuild with foreign keys on, Retort and Alembic"),
          ("w5", "W5: autogenerate, 300 tables, 30 differences")]
# For each case, what Retort's figure is compared with.
BASELINES = ["jvm", "floor", "alembic", "flyway"]


def load(work):
    cases = []
    with open(os.path.join(work, "cases.tsv")) as f:
        for line in f:
            case, label, tools = line.rstrip("\n").split("\t")
            runs = {}
            for tool in tools.split():
                with open(os.path.join(work, "raw", "%s.%s" % (case, tool))) as r:
                    pairs = [l.split() for l in r if l.strip()]
                runs[tool] = ([int(p[0]) for p in pairs], [int(p[1]) for p in pairs if len(p) > 1])
            cases.append((case, label, tools.split(), runs))
    checks = {}
    with open(os.path.join(work, "checks.tsv")) as f:
        for line in f:
            name, value = line.rstrip("\n").split("\t", 1)
            checks[name] = value
    return cases, checks


def median(values):
    return statistics.median(values) if values else None


def ms(value):
    return "%s ms" % format(int(round(value)), ",")


def retort_tools(tools):
    return [t for t in tools if t.startswith("retort")]


def table(cases):
    lines = ["| case | tool | median | runs (ms) | peak memory | ratio |", "|---|---|---|---|---|---|"]
    for case, label, tools, runs in cases:
        medians = {t: median(runs[t][0]) for t in tools}
        for i, tool in enumerate(tools):
            ratios = []
            if tool.startswith("retort"):
                ratios = ["%.2f x %s" % (medians[tool] / medians[b], b) for b in BASELINES
                          if b in medians and medians[b]]
            peak = max(runs[tool][1]) / 1024 if runs[tool][1] else 0
            lines.append("| %s | %s | %s | %s | %.0f MiB | %s |" % (
                label if i == 0 else "", tool, ms(medians[tool]), ", ".join(str(v) for v in runs[tool][0]),
                peak, "; ".join(ratios)))
    return lines


def acceptance(cases, checks):
    by = {case: {t: (median(r[0]), max(r[1]) / 1024 if r[1] else 0) for t, r in runs.items()}
          for case, _, _, runs in cases}
    out = []

    def goal(text, ok):
        out.append("- [%s] %s" % ("x" if ok else " ", text))

    def m(case, tool):
        return by.get(case, {}).get(tool, (None, None))[0]

    def ratio(case, a, b):
        x, y = m(case, a), m(case, b)
        return None if x is None or not y else x / y

    def show(value):
        return "n/a" if value is None else "%.2f" % value

    if "w1.heads" in by:
        for verb in ("heads", "history", "current"):
            v = m("w1." + verb, "retort")
            goal("`%s` on %s revisions under 300 ms: %s" % (verb, checks.get("w1.revisions"), ms(v)), v < 300)
        r = ratio("w1.start", "retort", "jvm")
        goal("start-up within 3 x a bare JVM: %s" % show(r), r is not None and r <= 3)
    if "w2.sqlsmall" in by:
        r = ratio("w2.sqlsmall", "retort", "floor")
        goal("SQL revisions within 1.3 x the floor: %s" % show(r), r is not None and r <= 1.3)
        small, large = m("w2.sqlsmall", "retort"), m("w2.sqllarge", "retort")
        goal("linear: the large history within 5.5 x the small one's time: %s" % show(large / small), large / small <= 5.5)
        r = ratio("w2.javawarm", "retort", "floor")
        goal("Java revisions, cache warm, within 2 x the floor: %s" % show(r), r is not None and r <= 2)
        r = ratio("w2.javacold", "retort", "alembic")
        goal("Java revisions, first run, within 1.5 x Alembic: %s" % show(r), r is not None and r <= 1.5)
        for case, what in (("w2.offsql", "SQL"), ("w2.offjava", "Java")):
            r = ratio(case, "retort", "alembic")
            goal("`--sql` faster than Alembic (%s revisions): %s" % (what, show(r)), r is not None and r < 1)
    if "w3.rebuild" in by:
        r = ratio("w3.rebuild", "retort", "floor")
        goal("rebuild within 1.1 x the floor: %s" % show(r), r is not None and r <= 1.1)
        kept = checks.get("w3.rows.after.retort") == checks.get("w3.rows.before")
        goal("no row lost: parent and child rows %s before, %s after" % (
            checks.get("w3.rows.before"), checks.get("w3.rows.after.retort")), kept)
        peak = by["w3.rebuild"]["retort"][1]
        goal("peak memory under 256 MiB: %.0f MiB" % peak, peak < 256)
    if "w4.rebuild" in by:
        goal("foreign keys on: child rows %s before, %s after with Retort, %s after with Alembic" % (
            checks.get("w4.child.before"), checks.get("w4.child.after.retort"),
            checks.get("w4.child.after.alembic", "n/a")),
             checks.get("w4.child.before") == checks.get("w4.child.after.retort"))
    if "w5.autogen" in by:
        for tool in ("retort-sql", "retort-jpa"):
            r = ratio("w5.autogen", tool, "alembic")
            goal("%s faster than Alembic: %s, %s of 30 differences found" % (
                tool, show(r), checks.get("w5.found." + tool)),
                 r is not None and r < 1 and checks.get("w5.found." + tool) == "30")
    return out


def section(work, runs, scale, cases, checks):
    lines = [START, "## bench/run: Retort, Alembic, Flyway and the SQLite floor (issue 14)", ""]
    lines.append("Command: `bench/run all` (BENCH_RUNS=%s%s). Whole processes, JVM or Python start included; "
                 "one warm-up run of each tool, then the tools take turns (A B A B); the median of the runs. "
                 "Peak memory is the largest resident set `/usr/bin/time` saw (the process and its children)."
                 % (runs, ", BENCH_SCALE=" + scale if scale != "full" else ""))
    lines.append("The floor for W2 is the `sqlite3` shell running, per revision, `BEGIN; CREATE TABLE ...; UPDATE "
                 "version ...; COMMIT;` (the table and the version row, as little as a migration tool can do); for "
                 "W3 it is SQLite's 12 steps by hand with its `foreign_key_check`. Retort runs with `backup = \"off\"`.")
    lines.append("")
    with open(os.path.join(work, "machine.txt")) as f:
        lines += ["    " + l.rstrip("\n") for l in f]
    with open(os.path.join(work, "notes.txt")) as f:
        notes = [l.rstrip("\n") for l in f if l.strip()]
    lines += [""] + ["- " + n for n in notes] + [""]
    for prefix, title in GROUPS:
        mine = [c for c in cases if c[0].startswith(prefix + ".")]
        if mine:
            lines += ["### " + title, ""] + table(mine) + [""]
    lines += ["### Checks", ""] + ["- `%s`: %s" % (k, v) for k, v in sorted(checks.items())] + [""]
    lines += ["### Acceptance (issue 14)", ""] + acceptance(cases, checks) + ["", END]
    return "\n".join(lines) + "\n"


def main():
    work, results, runs, scale = sys.argv[1:5]
    cases, checks = load(work)
    text = section(work, runs, scale, cases, checks)
    old = open(results).read() if os.path.exists(results) else "# Benchmark results\n"
    if START in old and END in old:
        before, rest = old.split(START, 1)
        after = rest.split(END, 1)[1].lstrip("\n")
        new = before + text + ("\n" + after if after else "")
    else:
        new = old.rstrip("\n") + "\n\n" + text
    with open(results, "w") as f:
        f.write(new)


if __name__ == "__main__":
    main()
