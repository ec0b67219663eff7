package org.kpi4j.benchmarks;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Two builds of kpi4j in one JVM, each in its own class loader, their benchmark methods called in
 * turn, call by call in a shuffled order: on a shared, noisy machine both builds then meet the same
 * noise, which separate JMH runs minutes apart do not. Prints the median and the fastest call of
 * each method in each build and the ratio of the medians, and the median CPU time of the JVM's threads per call
 * (which a preempted thread does not accrue, so it is steadier than wall time here). Used to check a change for regressions
 * (RESULTS.md, "Before and after"); the figures of record are JMH's.
 *
 * <pre>
 * java -Xms8g -Xmx8g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar org.kpi4j.benchmarks.SideBySide \
 *     BEFORE.jar AFTER.jar org.kpi4j.benchmarks.PanelBench 15 yoyKpi4j yoyPlain ...
 * </pre>
 *
 * Each build is a self-contained class path (a benchmarks jar with its dependencies, or several
 * entries joined by the path separator); {@code @Param} fields keep their first default value.
 */
public final class SideBySide {

    private SideBySide() {
    }

    /**
     * Runs the comparison.
     *
     * @param args the class path of build A, of build B, the benchmark class, the calls per method, the
     *     methods
     * @throws Exception if a build cannot be loaded or a call fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            throw new IllegalArgumentException("usage: SideBySide CP_A CP_B BENCH_CLASS CALLS METHOD...");
        }
        String[] names = {"A", "B"};
        Object[] bench = new Object[2];
        Method[][] methods = new Method[2][];
        Object[][][] arguments = new Object[2][][];
        int calls = Integer.parseInt(args[3]);
        String[] wanted = Arrays.copyOfRange(args, 4, args.length);
        for (int v = 0; v < 2; v++) {
            ClassLoader cl = new URLClassLoader(urls(args[v]), ClassLoader.getPlatformClassLoader());
            Class<?> c = Class.forName(args[2], true, cl);
            bench[v] = c.getConstructor().newInstance();
            defaultParams(bench[v]);
            invokeAll(bench[v], "org.openjdk.jmh.annotations.Setup");
            methods[v] = new Method[wanted.length];
            arguments[v] = new Object[wanted.length][];
            for (int m = 0; m < wanted.length; m++) {
                Method found = null;
                for (Method x : c.getMethods()) {
                    if (x.getName().equals(wanted[m])) {
                        found = x;
                    }
                }
                if (found == null) {
                    throw new IllegalArgumentException("build " + names[v] + " has no method " + wanted[m]);
                }
                methods[v][m] = found;
                arguments[v][m] = stateArguments(found);
            }
        }
        long[][][] t = new long[2][wanted.length][calls];
        long[][][] cpu = new long[2][wanted.length][calls];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        SplittableRandom order = new SplittableRandom(1);
        Object sink = null;
        for (int warm = 0; warm < 3; warm++) {
            for (int m = 0; m < wanted.length; m++) {
                for (int v = 0; v < 2; v++) {
                    sink = methods[v][m].invoke(bench[v], arguments[v][m]);
                }
            }
        }
        for (int i = 0; i < calls; i++) {
            for (int m = 0; m < wanted.length; m++) {
                int first = order.nextInt(2);
                for (int k = 0; k < 2; k++) {
                    int v = first ^ k;
                    long c0 = cpuTime(threads);
                    long t0 = System.nanoTime();
                    sink = methods[v][m].invoke(bench[v], arguments[v][m]);
                    t[v][m][i] = System.nanoTime() - t0;
                    cpu[v][m][i] = cpuTime(threads) - c0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "A = %s%nB = %s%n%d calls each, alternating; ms%n", args[0], args[1], calls);
        System.out.printf(Locale.ROOT, "%-22s %9s %9s %9s %9s %6s %9s %9s %6s%n", "method", "A median", "B median",
                "A min", "B min", "B/A", "A cpu", "B cpu", "B/A");
        for (int m = 0; m < wanted.length; m++) {
            double a = median(t[0][m]);
            double b = median(t[1][m]);
            double ca = median(cpu[0][m]);
            double cb = median(cpu[1][m]);
            System.out.printf(Locale.ROOT, "%-22s %9.2f %9.2f %9.2f %9.2f %6.2f %9.2f %9.2f %6.2f%n", wanted[m], a / 1e6,
                    b / 1e6, min(t[0][m]) / 1e6, min(t[1][m]) / 1e6, b / a, ca / 1e6, cb / 1e6, cb / ca);
        }
        System.out.println("median and fastest wall time per call; cpu: median process CPU time per call (all live threads)");
        if (sink == SideBySide.class) {
            System.out.println(); // keeps the results alive
        }
    }

    /** CPU time of every live thread: the caller's and the pools' (a thread that ends takes its time with it). */
    private static long cpuTime(java.lang.management.ThreadMXBean mx) {
        long sum = 0;
        for (long id : mx.getAllThreadIds()) {
            long c = mx.getThreadCpuTime(id);
            sum += Math.max(c, 0);
        }
        return sum;
    }

    private static URL[] urls(String path) throws Exception {
        List<URL> out = new ArrayList<>();
        for (String p : path.split(File.pathSeparator)) {
            out.add(new File(p).toURI().toURL());
        }
        return out.toArray(URL[]::new);
    }

    /** Sets each {@code @Param} field to the first of its values. */
    private static void defaultParams(Object o) throws Exception {
        for (Field f : o.getClass().getFields()) {
            for (java.lang.annotation.Annotation a : f.getAnnotations()) {
                if (a.annotationType().getName().equals("org.openjdk.jmh.annotations.Param")) {
                    String[] v = (String[]) a.annotationType().getMethod("value").invoke(a);
                    if (v.length > 0 && f.getType() == int.class) {
                        f.setInt(o, Integer.parseInt(v[0]));
                    } else if (v.length > 0 && f.getType() == String.class) {
                        f.set(o, v[0]);
                    }
                }
            }
        }
    }

    private static void invokeAll(Object o, String annotation) throws Exception {
        for (Method m : o.getClass().getMethods()) {
            for (java.lang.annotation.Annotation a : m.getAnnotations()) {
                if (a.annotationType().getName().equals(annotation)) {
                    m.invoke(o);
                }
            }
        }
    }

    /** A benchmark method's @State arguments (such as a counter), made with their no-argument constructors. */
    private static Object[] stateArguments(Method m) throws Exception {
        Parameter[] ps = m.getParameters();
        Object[] out = new Object[ps.length];
        for (int i = 0; i < ps.length; i++) {
            out[i] = ps[i].getType().getConstructor().newInstance();
        }
        return out;
    }

    private static double median(long[] x) {
        long[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }

    private static long min(long[] x) {
        return Arrays.stream(x).min().orElse(0);
    }
}
