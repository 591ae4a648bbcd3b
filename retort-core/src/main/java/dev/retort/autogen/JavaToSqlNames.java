package dev.retort.autogen;

import java.util.Locale;

/** Java names to SQL names. */
final class JavaToSqlNames {
    private JavaToSqlNames() {
    }

    /**
     * {@code WorkflowNode} to {@code workflow_node}, {@code HTTPRequest} to {@code http_request},
     * {@code tokenCount} to {@code token_count}.
     */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char before = name.charAt(i - 1);
                boolean afterWord = Character.isLowerCase(before) || Character.isDigit(before);
                boolean endsAcronym = Character.isUpperCase(before) && i + 1 < name.length()
                        && Character.isLowerCase(name.charAt(i + 1));
                if ((afterWord || endsAcronym) && before != '_') {
                    out.append('_');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
