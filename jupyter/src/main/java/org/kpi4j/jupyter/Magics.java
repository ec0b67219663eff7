package org.kpi4j.jupyter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The line magics a Java kernel user expects: {@code %jars} adds jar files, given as paths or glob
 * patterns ({@code %jars lib/*.jar}), and {@code %classpath} adds class path entries (jars or
 * directories, several joined by the path separator), both relative to the kernel's working
 * directory, which Jupyter sets to the notebook's folder. A magic takes a line of its own.
 */
final class Magics {

    private final Consumer<String> classPath;

    /**
     * Creates the magics.
     *
     * @param classPath what adds an entry to the class path of the compiler and the loader
     */
    Magics(Consumer<String> classPath) {
        this.classPath = classPath;
    }

    /**
     * Tells whether a line of a cell is a magic: its first non-blank character is {@code %}.
     *
     * @param line a line of a cell
     * @return true if the line is a magic
     */
    static boolean isMagic(String line) {
        String t = line.strip();
        return t.length() > 1 && t.charAt(0) == '%' && (Character.isLetter(t.charAt(1)) || t.charAt(1) == '%');
    }

    /**
     * Blanks the magic lines of a cell, keeping every offset, for JShell's source analysis.
     *
     * @param cell the cell's source
     * @return the cell with each magic line's characters replaced by spaces
     */
    static String blankMagics(String cell) {
        String[] lines = cell.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (isMagic(lines[i])) {
                lines[i] = " ".repeat(lines[i].length());
            }
        }
        return String.join("\n", lines);
    }

    /**
     * Runs a magic line.
     *
     * @param line the line, {@code %name args...}
     * @param lineNumber its 1-based line in the cell, for errors
     * @throws CellError if the magic is unknown or a path does not exist
     */
    void run(String line, int lineNumber) {
        String t = line.strip();
        if (t.startsWith("%%")) {
            throw new CellError("UnknownMagic", lineNumber, "cell magics (" + t.split("\\s+")[0]
                    + ") are not supported; this kernel has the line magics %jars and %classpath");
        }
        List<String> words = words(t.substring(1));
        String name = words.get(0);
        List<String> args = words.subList(1, words.size());
        if (args.isEmpty() && (name.equals("jars") || name.equals("classpath"))) {
            throw new CellError("MagicError", lineNumber, "%" + name + " needs at least one path");
        }
        switch (name) {
            case "jars":
                for (String a : args) {
                    List<Path> jars = expand(a);
                    if (jars.isEmpty()) {
                        throw new CellError("MagicError", lineNumber, "%jars: no file matches '" + a + "' (in "
                                + Path.of("").toAbsolutePath() + ")");
                    }
                    jars.forEach(j -> classPath.accept(j.toString()));
                }
                break;
            case "classpath":
                for (String a : args) {
                    for (String entry : a.split(File.pathSeparator)) {
                        Path p = Path.of(entry).toAbsolutePath().normalize();
                        if (!Files.exists(p)) {
                            throw new CellError("MagicError", lineNumber, "%classpath: no such file or directory: " + p);
                        }
                        classPath.accept(p.toString());
                    }
                }
                break;
            default:
                throw new CellError("UnknownMagic", lineNumber, "unknown magic %" + name
                        + "; this kernel has %jars and %classpath");
        }
    }

    /**
     * The regular files a path or glob pattern names, sorted; a plain path must exist. The folders
     * before the first segment with a glob character ({@code * ? [ {}) are the base the search starts
     * from; {@code **} crosses folders.
     */
    static List<Path> expand(String pattern) {
        Path cwd = Path.of("").toAbsolutePath();
        String[] segments = pattern.split("[/\\\\]", -1);
        int first = 0;
        while (first < segments.length && !segments[first].matches(".*[*?\\[{].*")) {
            first++;
        }
        if (first == segments.length) {
            Path p = cwd.resolve(pattern).normalize();
            return Files.isRegularFile(p) ? List.of(p) : List.of();
        }
        Path base = cwd.resolve(String.join(File.separator, List.of(segments).subList(0, first))).normalize();
        String rest = String.join("/", List.of(segments).subList(first, segments.length));
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        int depth = rest.contains("**") ? Integer.MAX_VALUE : segments.length - first;
        try (Stream<Path> s = Files.walk(base, depth)) {
            return s.filter(Files::isRegularFile).filter(p -> m.matches(base.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a magic's arguments at blanks; double quotes keep blanks inside an argument. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    any = false;
                }
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any) {
            out.add(cur.toString());
        }
        return out;
    }
}
