package org.kpi4j.jupyter;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A Jupyter kernel spec for the kpi4j kernel: the {@code kernel.json} that tells Jupyter how to
 * start it, in the layout of {@code jupyter kernelspec install --user} ({@code kernels/kpi4j/kernel.json}
 * under Jupyter's data directory).
 *
 * <pre>{@code
 * KernelSpec spec = KernelSpec.of(List.of("java", "-jar", "kpi4j-all.jar", "notebook", "--kernel"));
 * spec.argv();       // [java, -jar, kpi4j-all.jar, notebook, --kernel, {connection_file}]
 * spec.toJson().contains("\"interrupt_mode\": \"message\"");   // true
 * Path dir = spec.install(Path.of("kernels"));   // kernels/kpi4j, holding kernel.json
 * }</pre>
 *
 * <p>The kernel takes interrupts as messages (it interrupts the running cell's thread), so Jupyter
 * sends no signal. This class is immutable and thread-safe.
 */
public final class KernelSpec {

    /** The kernel's name, as notebooks and {@code --ExecutePreprocessor.kernel_name} refer to it. */
    public static final String NAME = "kpi4j";

    private static final String DISPLAY_NAME = "Java (kpi4j)";

    private final List<String> command;

    private KernelSpec(List<String> command) {
        this.command = command;
    }

    /**
     * Returns the spec of a kernel started by a command to which Jupyter appends its connection file.
     *
     * @param command the program and its arguments, before the connection file; not empty, not null
     * @return the spec
     * @throws IllegalArgumentException if the command is empty or has a blank element
     */
    public static KernelSpec of(List<String> command) {
        Objects.requireNonNull(command, "command");
        if (command.isEmpty() || command.stream().anyMatch(c -> c == null || c.isBlank())) {
            throw new IllegalArgumentException("command must be a program and its arguments, none blank, but was " + command);
        }
        return new KernelSpec(List.copyOf(command));
    }

    /**
     * Returns the command line Jupyter runs, with {@code {connection_file}} last.
     *
     * @return the arguments, unmodifiable
     */
    public List<String> argv() {
        List<String> argv = new ArrayList<>(command);
        argv.add("{connection_file}");
        return List.copyOf(argv);
    }

    /**
     * Returns the name a notebook's kernel menu shows.
     *
     * @return {@code Java (kpi4j)}
     */
    public String displayName() {
        return DISPLAY_NAME;
    }

    /**
     * Returns the kernel.json text: argv, display name, language and interrupt mode.
     *
     * @return JSON, UTF-8 text
     */
    public String toJson() {
        JsonObject o = new JsonObject();
        JsonArray argv = new JsonArray();
        argv().forEach(argv::add);
        o.add("argv", argv);
        o.addProperty("display_name", DISPLAY_NAME);
        o.addProperty("language", "java");
        o.addProperty("interrupt_mode", "message");
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    /**
     * Writes the spec as {@code kernelsDir/kpi4j/kernel.json}, replacing an earlier one.
     *
     * @param kernelsDir a Jupyter {@code kernels} directory, such as {@link #userKernelsDir()}; created if missing
     * @return the kernel's directory
     * @throws IOException if it cannot be written
     */
    public Path install(Path kernelsDir) throws IOException {
        Path dir = kernelsDir.resolve(NAME);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "kernel", ".json.tmp");
        Files.writeString(tmp, toJson(), StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve("kernel.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return dir;
    }

    /**
     * Returns where {@code jupyter kernelspec install --user} puts kernels, as Jupyter finds its
     * user data directory: {@code $JUPYTER_DATA_DIR}, else {@code ~/Library/Jupyter} on macOS,
     * {@code %APPDATA%\jupyter} on Windows, {@code $XDG_DATA_HOME/jupyter} or
     * {@code ~/.local/share/jupyter} elsewhere; then {@code kernels} under it.
     *
     * @return the user's kernels directory (it may not exist yet)
     */
    public static Path userKernelsDir() {
        return userKernelsDir(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    static Path userKernelsDir(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path data;
        if (nonBlank(env.get("JUPYTER_DATA_DIR"))) {
            data = Path.of(env.get("JUPYTER_DATA_DIR"));
        } else if (os.startsWith("mac")) {
            data = home.resolve("Library").resolve("Jupyter");
        } else if (os.startsWith("windows") && nonBlank(env.get("APPDATA"))) {
            data = Path.of(env.get("APPDATA")).resolve("jupyter");
        } else if (os.startsWith("windows")) {
            data = home.resolve(".jupyter").resolve("data");
        } else if (nonBlank(env.get("XDG_DATA_HOME"))) {
            data = Path.of(env.get("XDG_DATA_HOME")).resolve("jupyter");
        } else {
            data = home.resolve(".local").resolve("share").resolve("jupyter");
        }
        return data.resolve("kernels");
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KernelSpec k && command.equals(k.command);
    }

    @Override
    public int hashCode() {
        return command.hashCode();
    }

    /** @return the kernel.json text */
    @Override
    public String toString() {
        return toJson();
    }
}
