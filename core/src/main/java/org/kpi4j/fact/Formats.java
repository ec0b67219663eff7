package org.kpi4j.fact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.kpi4j.KpiDataException;

/** Finds the installed {@link FactFormat}s and picks the one a file is in. */
final class Formats {

    /** How much of a file the detection sees. */
    static final int HEAD = 64 * 1024;

    private Formats() {
    }

    /**
     * The installed formats, by name, in the order their providers list them. Looked up on every
     * call (it is cheap next to reading a file) so that nothing global is cached: first through the
     * thread's context class loader, then through the loader of this module.
     */
    static List<FactFormat> installed() {
        Map<String, FactFormat> byName = new LinkedHashMap<>();
        for (ClassLoader cl : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
            FactFormat.class.getClassLoader()}) {
            ServiceLoader<FactFormat> loader = cl == null ? ServiceLoader.load(FactFormat.class)
                    : ServiceLoader.load(FactFormat.class, cl);
            for (FactFormat f : loader) {
                byName.putIfAbsent(f.name(), f);
            }
            if (!byName.isEmpty()) {
                break;
            }
        }
        return List.copyOf(byName.values());
    }

    static FactSet read(Path file, ReadOptions options) {
        return formatOf(file, options).read(file, options);
    }

    /** The format a file is read in: the one the options name, else the one that detects it. */
    static FactFormat formatOf(Path file, ReadOptions options) {
        List<FactFormat> all = installed();
        if (all.isEmpty()) {
            throw new IllegalStateException("no file formats are installed: FactSet.read finds them in module "
                    + "org.kpi4j.io, so add kpi4j-io (org.kpi4j:kpi4j-io) to the class or module path");
        }
        String source = file.toString();
        if (options.format().isPresent()) {
            String name = options.format().get();
            for (FactFormat f : all) {
                if (f.name().equalsIgnoreCase(name)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + name + "'; expected one of " + names(all));
        }
        byte[] head = head(file);
        String fileName = file.getFileName() == null ? source : file.getFileName().toString();
        List<FactFormat> matching = new ArrayList<>();
        for (FactFormat f : all) {
            if (f.detects(fileName, head)) {
                matching.add(f);
            }
        }
        if (matching.size() == 1) {
            return matching.get(0);
        }
        if (matching.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (FactFormat f : all) {
                sb.append(sb.length() == 0 ? "" : ", ").append(f.description()).append(" (").append(f.name()).append(')');
            }
            throw KpiDataException.at(source, 0, null, null, head.length == 0 ? "the file is empty"
                    : "cannot tell what format the file is in: it looks like none of " + sb
                            + "; name the format if it is one of them");
        }
        throw KpiDataException.at(source, 0, null, null, "the file looks like several formats (" + names(matching)
                + "); name the one it is in");
    }

    private static String names(List<FactFormat> formats) {
        return String.join(", ", formats.stream().map(FactFormat::name).toList());
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (NoSuchFileException e) {
            throw KpiDataException.at(file.toString(), 0, null, null, "no such file", e);
        } catch (IOException e) {
            throw KpiDataException.at(file.toString(), 0, null, null, "cannot read the file: " + e.getMessage(), e);
        }
    }
}
