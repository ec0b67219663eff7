package org.kpi4j.datasets;

import java.util.Objects;

/**
 * A bundled dataset's name and what it holds.
 *
 * <pre>{@code
 * List<String> lines = Datasets.list().stream().map(d -> d.name() + "  " + d.description()).toList();
 * }</pre>
 *
 * @param name the name to load it by, not null
 * @param description one line on what it holds and where it comes from, not null
 * @param resource the resource holding its facts, a path inside kpi4j-datasets, not null
 */
public record DatasetInfo(String name, String description, String resource) {

    /**
     * Validates the record.
     *
     * @param name the name to load it by, not null
     * @param description one line on what it holds and where it comes from, not null
     * @param resource the resource holding its facts, a path inside kpi4j-datasets, not null
     */
    public DatasetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(resource, "resource");
    }
}
