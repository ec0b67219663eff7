package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.FactFormat;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadOptions;

/** FactSet.read finds io's formats through the service loader and tells them apart by content. */
class FactSetReadTest {

    @Test
    void serviceLoader_findsEveryFormatOfTheModule() {
        assertThat(FactSet.formats()).extracting(FactFormat::name).containsExactly("tidy-csv", "tidy-json",
                "edgar-companyfacts", "edgar-companyconcept", "edgar-frames", "sina", "tushare");
    }

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("good.csv", "tidy-csv"),
                Arguments.of("good.json", "tidy-json"),
                Arguments.of("filings/acme_companyfacts.json", "edgar-companyfacts"),
                Arguments.of("filings/acme_companyconcept_assets.json", "edgar-companyconcept"),
                Arguments.of("filings/assets_frame_CY2023Q4I.json", "edgar-frames"),
                Arguments.of("filings/sina_lrb_sh600000.json", "sina"),
                Arguments.of("filings/tushare_income_600000.SH.csv", "tushare"),
                Arguments.of("filings/tushare_fina_indicator_600000.SH.csv", "tushare"));
    }

    @ParameterizedTest
    @MethodSource("files")
    void detectsTheFormatFromTheContent(String resource, String format, @TempDir Path dir) throws Exception {
        // under a name that says nothing, so that only the content can tell
        Path p = Files.copy(FactsCsvTest.resource(resource), dir.resolve("data"));
        assertThat(FactSet.formatOf(p, ReadOptions.defaults()).name()).isEqualTo(format);
        assertThat(FactSet.read(p).size()).isPositive();
    }

    @Test
    void readIsTheFormatsOwnRead() {
        Path p = FactsCsvTest.resource("filings/acme_companyfacts.json");
        assertThat(FactsCsvTest.withoutOrigin(FactSet.read(p))).isEqualTo(FactsCsvTest.withoutOrigin(EdgarFacts.read(p)));
    }

    @Test
    void forcedFormat_unknownFormat_andUndetectableFile(@TempDir Path dir) throws Exception {
        Path sina = FactsCsvTest.resource("filings/sina_lrb_sh600000.json");
        // forcing the wrong format gives that format's error
        assertThatThrownBy(() -> FactSet.read(sina, ReadOptions.defaults().withFormat("edgar-companyfacts")))
                .isInstanceOf(KpiDataException.class).hasMessageContaining("not an EDGAR companyfacts file");
        assertThatThrownBy(() -> FactSet.read(sina, ReadOptions.defaults().withFormat("xbrl")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown format 'xbrl'")
                .hasMessageContaining("edgar-frames");
        Path odd = Files.writeString(dir.resolve("odd.json"), "{\"hello\": 1}");
        assertThatThrownBy(() -> FactSet.read(odd)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("odd.json").hasMessageContaining("cannot tell what format")
                .hasMessageContaining("SEC EDGAR companyfacts JSON (edgar-companyfacts)");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> FactSet.read(empty)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("the file is empty");
        // a .csv whose header is not tidy: FactsCsv says what it lacks
        Path bad = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2\n");
        assertThatThrownBy(() -> FactSet.read(bad)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("unknown column 'a'");
    }
}
