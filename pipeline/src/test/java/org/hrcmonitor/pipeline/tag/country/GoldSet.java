package org.hrcmonitor.pipeline.tag.country;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a gold file of {@code corpus/.gold}: one JSON object a line with "text", "lang", "countries" (an array of
 * codes) and "source". Parsed by hand because the pipeline has no JSON library and the format is this flat.
 */
final class GoldSet {
    record Line(String text, String lang, Set<String> countries) {
    }

    private GoldSet() {
    }

    static Path file(String name) {
        return Path.of(System.getProperty("hrc.root", "..")).resolve("corpus/.gold").resolve(name);
    }

    static List<Line> read(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String json : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!json.isBlank()) {
                lines.add(new Line(string(json, "text"), string(json, "lang"), new LinkedHashSet<>(array(json))));
            }
        }
        return lines;
    }

    private static String string(String json, String key) {
        int at = json.indexOf("\"" + key + "\":");
        return at < 0 ? "" : quoted(json, json.indexOf('"', at + key.length() + 3)).toString();
    }

    private static List<String> array(String json) {
        int at = json.indexOf('[', json.indexOf("\"countries\":"));
        List<String> codes = new ArrayList<>();
        for (int i = json.indexOf('"', at); i >= 0 && i < json.indexOf(']', at); i = json.indexOf('"', i + 1)) {
            StringBuilder code = quoted(json, i);
            codes.add(code.toString());
            i += code.length() + 1;
        }
        return codes;
    }

    /** The string starting at the quote at {@code start}, unescaped. */
    private static StringBuilder quoted(String json, int start) {
        StringBuilder out = new StringBuilder();
        for (int i = start + 1; json.charAt(i) != '"'; i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                char e = json.charAt(++i);
                if (e == 'u') {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                }
            } else {
                out.append(c);
            }
        }
        return out;
    }
}
