package org.kpi4j.jupyter;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds Jupyter's notebook server on the {@code PATH} and makes the command that starts it.
 *
 * <pre>{@code
 * Optional<Path> server = Jupyter.find();    // /usr/bin/jupyter-notebook where Jupyter is installed
 * String help = Jupyter.INSTALL_HINT;        // how to install it where it is not
 * }</pre>
 *
 * <p>This class is immutable and thread-safe (it has only static methods).
 */
public final class Jupyter {

    /** How to install Jupyter, for a message when {@link #find()} finds none. */
    public static final String INSTALL_HINT = "Jupyter is not installed (no jupyter-notebook or jupyter-lab on the PATH); "
            + "on Debian or Ubuntu: sudo apt-get install jupyter-notebook python3-nbconvert python3-ipykernel; "
            + "elsewhere: pip install notebook";

    /** The servers looked for, in order of preference. */
    private static final List<String> SERVERS = List.of("jupyter-notebook", "jupyter-lab");

    private Jupyter() {
    }

    /**
     * Returns the first of {@code jupyter-notebook} and {@code jupyter-lab} found on the {@code PATH}.
     *
     * @return the executable, or empty when neither is installed
     */
    public static Optional<Path> find() {
        return find(System.getenv("PATH"));
    }

    static Optional<Path> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = File.separatorChar == '\\';
        for (String server : SERVERS) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isBlank()) {
                    continue;
                }
                for (String name : windows ? List.of(server + ".exe", server + ".cmd") : List.of(server)) {
                    Path p = Path.of(dir).resolve(name);
                    if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                        return Optional.of(p);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the command that starts the notebook server found by {@link #find()} with some
     * arguments, in the current directory; the caller starts it (its output is the caller's to
     * route, {@code inheritIO()} for a terminal).
     *
     * @param args the server's arguments ({@code --no-browser}, {@code --port=8890}, a notebook), not null
     * @return the process builder
     * @throws IllegalStateException with {@link #INSTALL_HINT} if no server is installed
     */
    public static ProcessBuilder notebook(List<String> args) {
        Objects.requireNonNull(args, "args");
        Path server = find().orElseThrow(() -> new IllegalStateException(INSTALL_HINT));
        List<String> cmd = new ArrayList<>();
        cmd.add(server.toString());
        cmd.addAll(args);
        return new ProcessBuilder(cmd);
    }
}
