package org.kpi4j.jupyter;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs notebook cells in one JShell whose snippets execute in this JVM: a cell is split into
 * JShell snippets and line magics ({@code %jars}, {@code %classpath}), run in order; the first
 * failure stops the cell with a {@link CellError} naming the cell's line; the value of a last
 * expression that does not end with {@code ;} is the cell's value, as the object itself.
 *
 * <p>Not thread-safe, except {@link #stop()}, which another thread calls to interrupt a running cell.
 */
final class CellEvaluator implements AutoCloseable {

    /** A cell's value: present or not (a value may itself be null). */
    record Value(boolean present, Object object) {
        static final Value NONE = new Value(false, null);
    }

    /** Completions for the text between {@code start} and {@code end} of a cell. */
    record Completion(List<String> matches, int start, int end) {
    }

    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final ObjectExecutionControl control;
    private final Magics magics;

    /**
     * Starts JShell with a class path for its compiler and runs the start-up imports.
     *
     * @param classPath what snippets compile against (the classes themselves load from this JVM)
     * @param imports import statements run first
     * @throws IllegalStateException if an import does not compile
     */
    CellEvaluator(String classPath, List<String> imports) {
        ObjectExecutionControl.Provider provider = new ObjectExecutionControl.Provider();
        // the class path goes through addToClasspath, not a --class-path compiler option, which
        // would hide what %jars adds later
        this.shell = JShell.builder().executionEngine(provider, Map.of()).build();
        shell.addToClasspath(classPath);
        this.analysis = shell.sourceCodeAnalysis();
        this.control = provider.control();
        this.magics = new Magics(path -> shell.addToClasspath(path));
        for (String i : imports) {
            try {
                eval(i);
            } catch (CellError e) {
                throw new IllegalStateException("kernel start-up: '" + i + "' failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Returns the class path of this JVM, module path included, for the snippets' compiler.
     *
     * @return the entries joined by the path separator
     */
    static String hostClassPath() {
        return java.util.stream.Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
                .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * Runs a cell.
     *
     * @param cell the cell's source
     * @return its value, or {@link Value#NONE}
     * @throws CellError if a snippet does not compile, throws or is interrupted, or a magic fails
     */
    Value eval(String cell) {
        try {
            Value last = Value.NONE;
            StringBuilder code = new StringBuilder();
            int codeLine = 1;
            String[] lines = cell.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (Magics.isMagic(lines[i])) {
                    evalCode(code.toString(), codeLine);
                    magics.run(lines[i], i + 1);
                    last = Value.NONE;
                    code.setLength(0);
                    codeLine = i + 2;
                } else {
                    code.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
                }
            }
            Value v = evalCode(code.toString(), codeLine);
            return v.present() || !code.toString().isBlank() ? v : last;
        } finally {
            control.forgetAll();
        }
    }

    private Value evalCode(String code, int firstLine) {
        Map<String, Integer> snippetLines = new HashMap<>(); // snippet id -> cell line of its first line
        Value last = Value.NONE;
        int offset = 0;
        String rest = code;
        while (!rest.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness c = info.completeness();
            if (c == Completeness.EMPTY) {
                break; // comments only
            }
            int at = firstLine + lineOf(code, offset + leadingBlank(rest)) - 1;
            if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) {
                throw new CellError("IncompleteCode", at, "the code from here on is not a complete statement "
                        + "(a ';', ')' or '}' missing?)");
            }
            String consumed = rest.substring(0, rest.length() - info.remaining().length());
            if (consumed.isEmpty()) {
                throw new CellError("CompileError", at, "JShell cannot read this code");
            }
            // javac's positions count from the snippet's first character; JShell's stack trace lines
            // from its first non-blank one
            int sourceLine = firstLine + lineOf(code, offset) - 1;
            last = evalSnippet(info.source() != null ? info.source() : consumed, sourceLine, at, snippetLines,
                    !consumed.stripTrailing().endsWith(";"));
            offset += consumed.length();
            rest = info.remaining();
        }
        return last;
    }

    private Value evalSnippet(String source, int sourceLine, int snippetLine, Map<String, Integer> snippetLines,
            boolean show) {
        Value value = Value.NONE;
        for (SnippetEvent e : shell.eval(source)) {
            if (e.causeSnippet() != null) {
                continue; // another snippet's status changed because of this one
            }
            Snippet s = e.snippet();
            snippetLines.put(s.id(), snippetLine);
            if (e.status() == Snippet.Status.REJECTED) {
                Optional<Diag> d = shell.diagnostics(s).filter(Diag::isError).findFirst();
                int line = d.map(x -> sourceLine + lineOf(source, (int) x.getStartPosition()) - 1).orElse(snippetLine);
                throw new CellError("CompileError", line,
                        d.map(x -> x.getMessage(Locale.ROOT)).orElse("JShell rejected this code"));
            }
            if (e.exception() != null) {
                throw failure(e.exception(), snippetLine, snippetLines);
            }
            if (control.wasStopped()) {
                throw new CellError("Interrupted", snippetLine, "interrupted");
            }
            if (ObjectExecutionControl.isKey(e.value())) {
                Object v = control.take(e.value());
                if (show && hasValue(s.subKind())) {
                    value = new Value(true, v);
                }
            }
        }
        return value;
    }

    private static boolean hasValue(Snippet.SubKind k) {
        return k == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND || k == Snippet.SubKind.VAR_VALUE_SUBKIND
                || k == Snippet.SubKind.ASSIGNMENT_SUBKIND;
    }

    private CellError failure(JShellException ex, int snippetLine, Map<String, Integer> snippetLines) {
        int line = snippetLine;
        for (StackTraceElement f : ex.getStackTrace()) {
            String file = f.getFileName();
            if (file != null && file.startsWith("#") && snippetLines.containsKey(file.substring(1)) && f.getLineNumber() > 0) {
                line = snippetLines.get(file.substring(1)) + f.getLineNumber() - 1;
                break;
            }
        }
        if (control.wasStopped()) {
            return new CellError("Interrupted", line, "interrupted");
        }
        if (ex instanceof UnresolvedReferenceException u) {
            DeclarationSnippet d = u.getSnippet();
            return new CellError("UnresolvedReference", line, d.kind().name().toLowerCase(Locale.ROOT).replace("type_decl", "type")
                    + " " + d.name() + " cannot be used until " + String.join(", ", shell.unresolvedDependencies(d).toList())
                    + " is declared");
        }
        String type = ex instanceof EvalException ee ? ee.getExceptionClassName() : ex.getClass().getName();
        String simple = type.substring(type.lastIndexOf('.') + 1);
        String message = ex.getMessage();
        return new CellError(simple, line, message == null || message.isBlank() ? simple : simple + ": " + message);
    }

    /**
     * Completes the identifier or member at the cursor.
     *
     * @param cell the cell's source
     * @param cursor the cursor's offset in the cell
     * @return the completions and the range they replace
     */
    Completion complete(String cell, int cursor) {
        String code = Magics.blankMagics(cell);
        int start = snippetStart(code, cursor);
        String prefix = code.substring(start, cursor);
        int[] anchor = new int[1];
        List<String> matches = new ArrayList<>(analysis.completionSuggestions(prefix, prefix.length(), anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).collect(Collectors.toCollection(LinkedHashSet::new)));
        return new Completion(matches, start + anchor[0], cursor);
    }

    /**
     * Describes what is at the cursor: the signatures (and Javadoc where JShell finds sources) of the
     * method called there, or the type of the expression that ends there.
     *
     * @param cell the cell's source
     * @param cursor the cursor's offset in the cell
     * @return the description, empty if there is nothing to say
     */
    Optional<String> inspect(String cell, int cursor) {
        String code = Magics.blankMagics(cell);
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++; // to the end of the word the cursor is in
        }
        int start = snippetStart(code, Math.min(end, code.length()));
        String prefix = code.substring(start, end);
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(prefix, prefix.length(), true);
        if (docs.isEmpty()) {
            docs = analysis.documentation(prefix + "(", prefix.length() + 1, true); // a method named, not called
        }
        if (!docs.isEmpty()) {
            return Optional.of(docs.stream().map(d -> d.signature() + (d.javadoc() == null ? "" : "\n" + d.javadoc()))
                    .collect(Collectors.joining("\n\n")));
        }
        return Optional.ofNullable(analysis.analyzeType(prefix, prefix.length())).filter(t -> !t.isBlank());
    }

    /**
     * Tells whether a cell can run as it is.
     *
     * @param cell the cell's source
     * @return {@code complete}, {@code incomplete} (more lines expected) or {@code invalid}
     */
    String isComplete(String cell) {
        String rest = Magics.blankMagics(cell);
        while (!rest.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case EMPTY:
                    return "complete";
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    return "incomplete";
                case UNKNOWN:
                    return "invalid";
                default:
                    if (info.remaining().length() == rest.length()) {
                        return "invalid";
                    }
                    rest = info.remaining();
            }
        }
        return "complete";
    }

    /** The offset where the snippet holding {@code cursor} begins. */
    private int snippetStart(String code, int cursor) {
        int start = 0;
        String rest = code.substring(0, cursor);
        while (!rest.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            int consumed = rest.length() - info.remaining().length();
            if (!info.completeness().isComplete() || consumed == 0 || info.remaining().isBlank()) {
                break; // the cursor is in this snippet
            }
            start += consumed;
            rest = info.remaining();
        }
        return start;
    }

    /** Interrupts the running cell, if any: called from another thread. */
    void stop() {
        shell.stop();
    }

    @Override
    public void close() {
        shell.close();
    }

    /** The 1-based line of an offset in a text. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int leadingBlank(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
