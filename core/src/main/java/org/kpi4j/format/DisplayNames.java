package org.kpi4j.format;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The names people read for the ids in a data file: an entity id ({@code paratera}) as
 * {@code 并行科技} or {@code Paratera}, a segment ({@code 智算云}) as {@code 智算云} or
 * {@code AI cloud}. An id with no name given reads as itself, in both languages.
 *
 * <pre>{@code
 * DisplayNames names = DisplayNames.empty()
 *         .withEntity("paratera", "Paratera", "并行科技")
 *         .withSegment("智算云", "AI cloud", "智算云");
 * names.entity("paratera", Language.ZH);   // "并行科技"
 * names.segment("智算云", Language.EN);     // "AI cloud"
 * names.entity("acme", Language.EN);       // "acme"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; every {@code with…} method returns a new instance.
 */
public final class DisplayNames {

    private static final DisplayNames EMPTY = new DisplayNames(Map.of(), Map.of());

    private final Map<String, String[]> entities;
    private final Map<String, String[]> segments;

    private DisplayNames(Map<String, String[]> entities, Map<String, String[]> segments) {
        this.entities = entities;
        this.segments = segments;
    }

    /** @return names for nothing: every id reads as itself */
    public static DisplayNames empty() {
        return EMPTY;
    }

    /**
     * Returns a copy with an entity's names.
     *
     * @param id the entity id as the data write it, not null
     * @param en the English name, not blank
     * @param zh the Chinese name, not blank
     * @return the new names, not null
     * @throws IllegalArgumentException if a name is blank
     */
    public DisplayNames withEntity(String id, String en, String zh) {
        return new DisplayNames(with(entities, id, en, zh), segments);
    }

    /**
     * Returns a copy with a segment's names.
     *
     * @param id the segment as the data write it, not null
     * @param en the English name, not blank
     * @param zh the Chinese name, not blank
     * @return the new names, not null
     * @throws IllegalArgumentException if a name is blank
     */
    public DisplayNames withSegment(String id, String en, String zh) {
        return new DisplayNames(entities, with(segments, id, en, zh));
    }

    /**
     * Returns a copy with the names of both, those of {@code other} winning where both name an id.
     *
     * @param other the other names, not null
     * @return the merged names, not null
     */
    public DisplayNames with(DisplayNames other) {
        Map<String, String[]> e = new LinkedHashMap<>(entities);
        e.putAll(other.entities);
        Map<String, String[]> s = new LinkedHashMap<>(segments);
        s.putAll(other.segments);
        return new DisplayNames(Map.copyOf(e), Map.copyOf(s));
    }

    /**
     * Returns an entity's name in a language.
     *
     * @param id the entity id, not null
     * @param language the language, not null
     * @return the name, or the id itself if none was given, not null
     */
    public String entity(String id, Language language) {
        return name(entities, id, language);
    }

    /**
     * Returns a segment's name in a language.
     *
     * @param id the segment, not null (empty for the whole entity, which reads as empty)
     * @param language the language, not null
     * @return the name, or the segment itself if none was given, not null
     */
    public String segment(String id, Language language) {
        return name(segments, id, language);
    }

    private static String name(Map<String, String[]> names, String id, Language language) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        String[] n = names.get(id);
        return n == null ? id : n[language == Language.ZH ? 1 : 0];
    }

    private static Map<String, String[]> with(Map<String, String[]> names, String id, String en, String zh) {
        Objects.requireNonNull(id, "id");
        if (Objects.requireNonNull(en, "en").isBlank() || Objects.requireNonNull(zh, "zh").isBlank()) {
            throw new IllegalArgumentException("the names of '" + id + "' must not be blank but were '" + en
                    + "' and '" + zh + "'");
        }
        Map<String, String[]> m = new LinkedHashMap<>(names);
        m.put(id, new String[] {en, zh});
        return Map.copyOf(m);
    }

    @Override
    public String toString() {
        return "DisplayNames[" + entities.size() + " entities, " + segments.size() + " segments]";
    }
}
