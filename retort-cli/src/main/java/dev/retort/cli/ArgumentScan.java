package dev.retort.cli;

import java.nio.file.Path;

/**
 * What a quick look at the arguments tells before picocli reads them: the verb (the first word that is not an
 * option or a global option's value), the global {@code -c}/{@code --config} and {@code --url}, and whether help
 * or the version is asked for. Used to decide what to build and what to start early; picocli's own reading is
 * what counts, so a look that is wrong about an odd argument only costs time.
 *
 * @param verb null when there is none
 * @param config null when not given
 * @param url null when not given
 */
record ArgumentScan(String verb, Path config, String url, boolean help, boolean version) {

    static ArgumentScan of(String[] args) {
        String verb = null;
        Path config = null;
        String url = null;
        boolean help = false;
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-c") || arg.equals("--config")) {
                config = i + 1 < args.length ? Path.of(args[++i]) : null;
            } else if (arg.startsWith("--config=")) {
                config = Path.of(arg.substring("--config=".length()));
            } else if (arg.equals("--url")) {
                url = i + 1 < args.length ? args[++i] : null;
            } else if (arg.startsWith("--url=")) {
                url = arg.substring("--url=".length());
            } else if (arg.equals("-h") || arg.equals("--help")) {
                help = true;
            } else if (arg.equals("-V") || arg.equals("--version")) {
                version = true;
            } else if (verb == null && !arg.startsWith("-")) {
                verb = arg;
            }
        }
        return new ArgumentScan(verb, config, url, help, version);
    }
}
