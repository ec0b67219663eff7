package org.kpi4j.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the statsmodels reference files from the test class path. */
final class Reference {

    private Reference() {
    }

    static JsonNode load(String name) {
        try (InputStream in = Reference.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    /** |actual − expected| ≤ tol · max(1, |expected|) for every element. */
    static void assertClose(double[] actual, double[] expected, double tol, String what) {
        if (actual.length != expected.length) {
            throw new AssertionError(what + ": length " + actual.length + " != " + expected.length);
        }
        for (int i = 0; i < actual.length; i++) {
            assertClose(actual[i], expected[i], tol, what + "[" + i + "]");
        }
    }

    static void assertClose(double actual, double expected, double tol, String what) {
        if (!(Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)))) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual + " (tolerance " + tol
                    + " relative)");
        }
    }
}
