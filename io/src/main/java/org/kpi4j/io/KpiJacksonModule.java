package org.kpi4j.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * A Jackson module that writes kpi4j's value types as their text forms and reads them back:
 * {@link Period} as {@code "2024Q1-Q3"}, {@link Unit} as {@code "万元"}, {@link SeriesKey} as
 * {@code "entity/metric[segment]"}, {@link GrowthFlag} as {@code "turnaround"} (null for none) and
 * {@link GrowthConvention} as {@code "filing"}. Records such as growth and check rows then serialise
 * as flat objects. A text that does not parse fails with Jackson's exception naming the text.
 *
 * <pre>{@code
 * ObjectMapper m = new ObjectMapper().registerModule(new KpiJacksonModule());
 * m.writeValueAsString(Period.parse("2024H1"));            // "2024H1"
 * m.readValue("\"亿元\"", Unit.class);                      // 亿元
 * }</pre>
 */
public final class KpiJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public KpiJacksonModule() {
        super("kpi4j");
        text(Period.class, Period::toString, Period::parse);
        text(Unit.class, Unit::symbol, Unit::parse);
        text(SeriesKey.class, SeriesKey::toString, KpiJacksonModule::parseKey);
        text(GrowthFlag.class, f -> f == GrowthFlag.NONE ? null : f.code(), GrowthFlag::parse);
        text(GrowthConvention.class, c -> c.name().toLowerCase(java.util.Locale.ROOT), GrowthConvention::parse);
    }

    private <T> void text(Class<T> type, Function<T, String> write, Function<String, T> read) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider sp) throws IOException {
                String s = write.apply(value);
                if (s == null) {
                    gen.writeNull();
                } else {
                    gen.writeString(s);
                }
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                String s = p.getValueAsString();
                try {
                    return read.apply(s);
                } catch (IllegalArgumentException e) {
                    return type.cast(ctx.handleWeirdStringValue(type, s, e.getMessage()));
                }
            }
        });
    }

    private static SeriesKey parseKey(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^/]+)/([^\\[]+)(?:\\[(.*)\\])?").matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot parse series key '" + s + "'; expected entity/metric[segment]");
        }
        return SeriesKey.of(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3));
    }
}
