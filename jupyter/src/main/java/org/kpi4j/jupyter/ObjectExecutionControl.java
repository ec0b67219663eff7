package org.kpi4j.jupyter;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's execution engine for the kernel: snippets run in the kernel's own JVM, so a cell's value
 * reaches the kernel as the object itself, not as JShell's text of it, and can be shown as a table
 * or a picture.
 *
 * <p>JShell asks the engine for a value's text; this engine keeps the object under a fresh key,
 * answers with the key, and the evaluator {@link #take takes} the object back by that key. Each
 * snippet runs on a thread of its own, which {@link #stop()} interrupts (and, on a JVM that still
 * allows it, stops) without touching the threads that serve the kernel's sockets.
 */
final class ObjectExecutionControl extends DirectExecutionControl {

    /** How long an interrupted snippet may take to finish before its thread is stopped. */
    private static final long GRACE_MILLIS = 2_000;

    /** Stands for a null result in the map, which holds no nulls. */
    private static final Object NULL = new Object();

    private static final String KEY_PREFIX = "kpi4j-value-";

    private final Map<String, Object> results = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();
    private volatile Thread running;
    private volatile boolean stopRequested;

    /** A provider that hands JShell this engine and keeps it for the evaluator. */
    static final class Provider implements ExecutionControlProvider {

        private volatile ObjectExecutionControl control;

        @Override
        public String name() {
            return "kpi4j";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            control = new ObjectExecutionControl();
            return control;
        }

        ObjectExecutionControl control() {
            if (control == null) {
                throw new IllegalStateException("JShell has not started its execution engine");
            }
            return control;
        }
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        stopRequested = false;
        FutureTask<Object> task = new FutureTask<>(() -> doit.invoke(null));
        Thread thread = new Thread(task, "kpi4j-cell");
        thread.setDaemon(true); // a cell stuck in a loop must not keep a shut-down kernel alive
        thread.setContextClassLoader(doit.getDeclaringClass().getClassLoader());
        running = thread;
        thread.start();
        Object value;
        try {
            value = task.get();
        } catch (ExecutionException e) {
            // doit.invoke wraps what the snippet threw; DirectExecutionControl turns that into
            // JShell's EvalException (or UnresolvedReferenceException)
            if (e.getCause() instanceof InvocationTargetException ite) {
                throw ite;
            }
            throw (Exception) e.getCause();
        } finally {
            running = null;
        }
        String key = KEY_PREFIX + keys.incrementAndGet();
        results.put(key, value == null ? NULL : value);
        return key;
    }

    /**
     * Returns the object JShell knows by a value text this engine made, and forgets it.
     *
     * @param key the value text of a snippet event
     * @return the object, or null for a null value
     * @throws IllegalStateException if no value is kept under the key
     */
    Object take(String key) {
        Object v = results.remove(key);
        if (v == null) {
            throw new IllegalStateException("no value kept under '" + key + "'");
        }
        return v == NULL ? null : v;
    }

    /**
     * Tells whether a snippet event's value text is one of this engine's keys.
     *
     * @param value the value text, may be null
     * @return true if {@link #take} can answer it
     */
    static boolean isKey(String value) {
        return value != null && value.startsWith(KEY_PREFIX);
    }

    /** Forgets the values no snippet event asked for (a declaration's initial value). */
    void forgetAll() {
        results.clear();
    }

    /** @return true if the last snippet ended because {@link #stop()} was called */
    boolean wasStopped() {
        return stopRequested;
    }

    /**
     * Interrupts the running snippet; if it has not ended within two seconds, stops its thread
     * where the JVM still supports {@code Thread.stop} (Java 17 does; Java 20 and later throw
     * {@code UnsupportedOperationException}, and then a snippet that ignores interrupts runs on).
     */
    @Override
    @SuppressWarnings({"deprecation", "removal"})
    public void stop() {
        Thread t = running;
        if (t == null) {
            return;
        }
        stopRequested = true;
        t.interrupt();
        try {
            t.join(GRACE_MILLIS);
            if (t.isAlive()) {
                t.stop();
                t.join(TimeUnit.SECONDS.toMillis(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UnsupportedOperationException e) {
            // no Thread.stop on this JVM: the interrupt was all that could be done
        }
    }
}
