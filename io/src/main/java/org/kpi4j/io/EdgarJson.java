package org.kpi4j.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.kpi4j.KpiDataException;

/**
 * Parses the three JSON shapes of the SEC's XBRL APIs into {@link XbrlFact}s, with errors naming the
 * file, the concept and the fact. companyfacts (megabytes for a large filer) is streamed concept by
 * concept; companyconcept and frames are small and read as a tree.
 *
 * <p>The shapes, as data.sec.gov serves them ({@code https://www.sec.gov/edgar/sec-api-documentation}):
 * <pre>
 *   companyfacts    {"cik", "entityName", "facts": {taxonomy: {concept: {"label", "units": {unit: [fact]}}}}}
 *   companyconcept  {"cik", "taxonomy", "tag", "label", "entityName", "units": {unit: [fact]}}
 *   frames          {"taxonomy", "tag", "ccp", "uom", "label", "data": [{"accn", "cik", "entityName", "start", "end", "val"}]}
 *   fact            {"start"?, "end", "val", "accn", "fy", "fp", "form", "filed", "frame"?}
 * </pre>
 */
final class EdgarJson {

    /** What a file holds: its filer (none for frames), its facts, and a frame's calendar period. */
    record Parsed(String entity, long cik, List<XbrlFact> facts, String frame) {
    }

    /** A key given twice in one object (two "val"s in a fact) is an error, in the streamed file too. */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String source;
    private final Map<String, LocalDate> dates = new HashMap<>();
    /** Where the parse is, for a message about a truncated or malformed file. */
    private String where = "the start of the file";

    private EdgarJson(String source) {
        this.source = source;
    }

    static Parsed companyFacts(InputStream in, String source) {
        return new EdgarJson(source).run(in, Shape.COMPANY_FACTS);
    }

    static Parsed companyConcept(InputStream in, String source) {
        return new EdgarJson(source).run(in, Shape.COMPANY_CONCEPT);
    }

    static Parsed frames(InputStream in, String source) {
        return new EdgarJson(source).run(in, Shape.FRAMES);
    }

    private enum Shape {
        COMPANY_FACTS("companyfacts", "an object with \"cik\", \"entityName\" and \"facts\""),
        COMPANY_CONCEPT("companyconcept", "an object with \"cik\", \"taxonomy\", \"tag\" and \"units\""),
        FRAMES("frames", "an object with \"taxonomy\", \"tag\", \"uom\" and \"data\"");

        final String api;
        final String expected;

        Shape(String api, String expected) {
            this.api = api;
            this.expected = expected;
        }
    }

    private Parsed run(InputStream in, Shape shape) {
        try (JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notEdgar(shape, "it does not start with a JSON object");
            }
            return shape == Shape.COMPANY_FACTS ? streamCompanyFacts(p) : tree(shape, JsonTrees.read(p, source));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw KpiDataException.at(source, line, null, null, "truncated or malformed JSON in " + where + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw KpiDataException.at(source, 0, null, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private KpiDataException notEdgar(Shape shape, String why) {
        return KpiDataException.at(source, 0, null, null, "not an EDGAR " + shape.api + " file: " + why + "; expected "
                + shape.expected + " as data.sec.gov/api/xbrl/" + shape.api + " serves it");
    }

    private Parsed streamCompanyFacts(JsonParser p) throws IOException {
        String entity = null;
        long cik = 0;
        boolean sawFacts = false;
        List<XbrlFact> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("entityName") && t == JsonToken.VALUE_STRING) {
                entity = p.getText();
            } else if (field.equals("cik") && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_STRING)) {
                cik = cik(p.getText());
            } else if (field.equals("facts") && t == JsonToken.START_OBJECT) {
                sawFacts = true;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String taxonomy = p.currentName();
                    expect(p, JsonToken.START_OBJECT, "facts." + taxonomy);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String concept = p.currentName();
                        where = taxonomy + ":" + concept;
                        int line = p.currentLocation().getLineNr();
                        expect(p, JsonToken.START_OBJECT, where);
                        streamConcept(p, taxonomy, concept, entity, cik, line, out);
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        if (!sawFacts) {
            throw notEdgar(Shape.COMPANY_FACTS, "it has no \"facts\" object");
        }
        String name = entity == null ? "CIK" + cik : entity;
        for (int i = 0; i < out.size(); i++) {
            XbrlFact f = out.get(i);
            if (!name.equals(f.entity()) || f.cik() != cik) {
                // "facts" came before "entityName" or "cik"
                out.set(i, new XbrlFact(f.taxonomy(), f.concept(), f.qualifiedConcept(), f.label(), f.unit(), f.start(),
                        f.end(), f.value(), f.accn(), f.form(), f.filed(), name, cik));
            }
        }
        return new Parsed(name, cik, out, null);
    }

    private Parsed tree(Shape shape, JsonNode root) {
        List<XbrlFact> out = new ArrayList<>();
        String taxonomy = text(root.get("taxonomy"), null);
        String tag = text(root.get("tag"), null);
        if (taxonomy == null || tag == null) {
            throw notEdgar(shape, "it has no \"taxonomy\" and \"tag\"");
        }
        String label = text(root.get("label"), tag);
        where = taxonomy + ":" + tag;
        if (shape == Shape.COMPANY_CONCEPT) {
            if (root.get("units") == null) {
                throw notEdgar(shape, "it has no \"units\" object");
            }
            String entity = text(root.get("entityName"), null);
            long cik = cik(text(root.get("cik"), "0"));
            units(root.get("units"), taxonomy, tag, label, entity == null ? "CIK" + cik : entity, cik, 0, out);
            return new Parsed(entity == null ? "CIK" + cik : entity, cik, out, null);
        }
        JsonNode data = root.get("data");
        String uom = text(root.get("uom"), null);
        if (data == null || !data.isArray() || uom == null) {
            throw notEdgar(shape, "it has no \"uom\" and \"data\" array");
        }
        for (JsonNode row : data) {
            long cik = cik(text(row.get("cik"), "0"));
            String entity = text(row.get("entityName"), "CIK" + cik);
            out.add(fact(row, taxonomy, tag, where, label, uom, entity, cik, 0));
        }
        return new Parsed(null, 0, out, text(root.get("ccp"), null));
    }

    private void units(JsonNode units, String taxonomy, String concept, String label, String entity, long cik, int line,
            List<XbrlFact> out) {
        if (units == null || !units.isObject()) {
            throw KpiDataException.at(source, line, "units", null, taxonomy + ":" + concept
                    + " has no \"units\" object; every EDGAR concept lists its facts by unit");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = units.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> u = it.next();
            if (!u.getValue().isArray()) {
                throw KpiDataException.at(source, line, "units", u.getKey(), taxonomy + ":" + concept + " unit "
                        + u.getKey() + " is not an array of facts");
            }
            String qualified = taxonomy + ":" + concept;
            for (JsonNode f : u.getValue()) {
                out.add(fact(f, taxonomy, concept, qualified, label, u.getKey(), entity, cik, line));
            }
        }
    }

    private XbrlFact fact(JsonNode f, String taxonomy, String concept, String qualified, String label, String unit,
            String entity, long cik, int line) {
        JsonNode v = f.get("val");
        String val = v == null || v.isNull() ? null : v.asText(); // a number's text (JsonTrees)
        return fact(taxonomy, concept, qualified, label, unit, entity, cik, line, text(f.get("accn"), null),
                text(f.get("start"), null), text(f.get("end"), null), val, text(f.get("form"), ""),
                text(f.get("filed"), null));
    }

    /**
     * Checks and makes one fact from its fields as text ({@code val} the number as written, or null
     * when absent), with errors naming the concept and the fact.
     */
    private XbrlFact fact(String taxonomy, String concept, String qualified, String label, String unit, String entity,
            long cik, int line, String accnText, String startText, String endText, String val, String form,
            String filedText) {
        String accn = accnText == null ? "(none)" : accnText;
        String what = qualified + " (" + unit + ") fact accn " + accn;
        if (endText == null) {
            throw KpiDataException.at(source, line, "end", null, what + (startText == null ? "" : ", start " + startText)
                    + ": the fact has no \"end\"; every EDGAR fact needs the date it ends or is measured at");
        }
        LocalDate end = date(endText, "end", what, line);
        what += ", end " + endText;
        LocalDate start = startText == null ? null : date(startText, "start", what, line);
        if (start != null && start.isAfter(end)) {
            throw KpiDataException.at(source, line, "start", startText, what + ": start " + startText + " is after the end");
        }
        if (val == null) {
            throw KpiDataException.at(source, line, "val", null, what + ": the fact has no \"val\"");
        }
        BigDecimal value;
        try {
            if (val.isBlank()) {
                throw new IllegalArgumentException(KpiDataException.quote(val) + " is not a number");
            }
            value = Figures.decimal(val.strip());
        } catch (IllegalArgumentException e) {
            throw KpiDataException.at(source, line, "val", val, what + ": val " + e.getMessage(), e);
        }
        LocalDate filed = filedText == null ? null : date(filedText, "filed", what, line);
        return new XbrlFact(taxonomy, concept, qualified, label, unit, start, end, value, accn, form, filed, entity, cik);
    }

    /**
     * Streams one concept's body, {@code {"label", "description", "units": {unit: [fact]}}}, from
     * its opening brace, into facts; a label that comes after the units still names them.
     */
    private void streamConcept(JsonParser p, String taxonomy, String concept, String entity, long cik, int line,
            List<XbrlFact> out) throws IOException {
        String qualified = taxonomy + ":" + concept;
        String label = null;
        int from = out.size();
        boolean sawUnits = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("label") && t == JsonToken.VALUE_STRING) {
                label = p.getText();
            } else if (field.equals("units") && t == JsonToken.START_OBJECT) {
                sawUnits = true;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String unit = p.currentName();
                    if (p.nextToken() != JsonToken.START_ARRAY) {
                        throw KpiDataException.at(source, line, "units", unit, qualified + " unit " + unit
                                + " is not an array of facts");
                    }
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        out.add(streamFact(p, taxonomy, concept, qualified, label == null ? concept : label, unit,
                                entity, cik, line));
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        if (!sawUnits) {
            throw KpiDataException.at(source, line, "units", null, qualified
                    + " has no \"units\" object; every EDGAR concept lists its facts by unit");
        }
        if (label != null) {
            for (int i = from; i < out.size(); i++) {
                XbrlFact f = out.get(i);
                if (!f.label().equals(label)) {
                    out.set(i, new XbrlFact(f.taxonomy(), f.concept(), f.qualifiedConcept(), label, f.unit(), f.start(),
                            f.end(), f.value(), f.accn(), f.form(), f.filed(), f.entity(), f.cik()));
                }
            }
        }
    }

    private XbrlFact streamFact(JsonParser p, String taxonomy, String concept, String qualified, String label,
            String unit, String entity, long cik, int line) throws IOException {
        String accn = null;
        String start = null;
        String end = null;
        String form = "";
        String filed = null;
        String val = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (field) {
                case "val":
                    val = p.getText(); // as written: Figures decides what a double holds
                    break;
                case "end":
                    end = p.getText();
                    break;
                case "start":
                    start = p.getText();
                    break;
                case "accn":
                    accn = p.getText();
                    break;
                case "form":
                    form = p.getText();
                    break;
                case "filed":
                    filed = p.getText();
                    break;
                default:
                    break; // fy, fp and frame describe the filing, not the figure
            }
        }
        return fact(taxonomy, concept, qualified, label, unit, entity, cik, line, accn, start, end, val, form, filed);
    }

    private LocalDate date(String text, String field, String what, int line) {
        LocalDate d = dates.get(text);
        if (d == null) {
            try {
                d = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw KpiDataException.at(source, line, field, text, what + ": " + field + " '" + text
                        + "' is not a date; expected YYYY-MM-DD", e);
            }
            dates.put(text, d);
        }
        return d;
    }

    private static String text(JsonNode n, String orElse) {
        return n == null || n.isNull() || n.isContainerNode() ? orElse : n.asText();
    }

    private long cik(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw KpiDataException.at(source, 0, "cik", text, "cik '" + text + "' is not a number", e);
        }
    }

    private void expect(JsonParser p, JsonToken t, String what) throws IOException {
        if (p.nextToken() != t) {
            throw KpiDataException.at(source, p.currentLocation().getLineNr(), null, null, what
                    + " is not a JSON object; expected the EDGAR companyfacts layout facts.taxonomy.concept.units");
        }
    }
}
