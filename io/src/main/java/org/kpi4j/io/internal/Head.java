package org.kpi4j.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the first bytes of a file show: JSON object keys, a JSON array, or a CSV header. */
final class Head {

    private static final JsonFactory JSON = new JsonFactory();

    final String text;
    final char first;
    /** The keys of the top-level JSON object (or of the first object of a top-level array). */
    final Set<String> keys = new LinkedHashSet<>();
    /** The header fields of a CSV file, trimmed and unquoted. */
    final List<String> header = new ArrayList<>();

    Head(byte[] bytes) {
        int off = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        text = new String(bytes, off, bytes.length - off, StandardCharsets.UTF_8);
        String t = text.stripLeading();
        first = t.isEmpty() ? 0 : t.charAt(0);
        if (first == '{' || first == '[') {
            jsonKeys(bytes, off);
        } else if (!t.isEmpty()) {
            int nl = t.indexOf('\n');
            String line = (nl < 0 ? t : t.substring(0, nl)).strip();
            for (String f : line.split(",", -1)) {
                String s = f.strip();
                if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                    s = s.substring(1, s.length() - 1);
                }
                header.add(s);
            }
        }
    }

    private void jsonKeys(byte[] bytes, int off) {
        try (JsonParser p = JSON.createParser(bytes, off, bytes.length - off)) {
            int depth = 0;
            int keyDepth = first == '{' ? 1 : 2;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    if (first == '[' && depth == 1) {
                        return; // the first object of the array is enough
                    }
                } else if (t == JsonToken.FIELD_NAME && depth == keyDepth) {
                    keys.add(p.currentName());
                }
            }
        } catch (IOException e) {
            // the head ends inside the file, or the file is not JSON: the keys seen so far are the answer
        }
    }

    boolean isJsonObject() {
        return first == '{';
    }

    boolean isJsonArray() {
        return first == '[';
    }

    boolean hasHeader(String... columns) {
        return header.size() > 1 && header.containsAll(List.of(columns));
    }
}
