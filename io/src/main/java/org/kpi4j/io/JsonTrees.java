package org.kpi4j.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.kpi4j.KpiDataException;

/**
 * Reads a JSON value into a tree for the importers whose files are small (EDGAR companyconcept and
 * frames, Sina reports), keeping every number as the text it was written in: the importers turn
 * that text into a figure through {@link Figures#decimal}, the one rule every reader follows, so
 * {@code 1e999999999} is an error naming the field rather than an unbounded decimal in Jackson's own
 * number parsing. A key given twice in one object is an error naming its line; the last one does
 * not silently win.
 */
final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /**
     * Reads the value the parser is on (its current token) and everything inside it.
     *
     * @param p the parser, on the value's first token
     * @param source the file, for errors
     * @return the tree, numbers as text nodes holding their text
     * @throws IOException if the JSON is malformed or truncated (Jackson's own errors, with the line)
     * @throws KpiDataException for a duplicate key
     */
    static JsonNode read(JsonParser p, String source) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw KpiDataException.at(source, p.currentLocation().getLineNr(), null, null, "the file ends before a value");
        }
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int line = p.currentLocation().getLineNr();
                    p.nextToken();
                    if (o.replace(key, read(p, source)) != null) { // replace gives the value it replaced
                        throw KpiDataException.at(source, line, key, null, "the key " + KpiDataException.quote(key)
                                + " is given twice in one object; give it once");
                    }
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, source));
                }
                return a;
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw KpiDataException.at(source, p.currentLocation().getLineNr(), null, null, "unexpected JSON token "
                        + t);
        }
    }
}
