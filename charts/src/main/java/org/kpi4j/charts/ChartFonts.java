package org.kpi4j.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the font charts draw their labels in.
 *
 * <p>Chinese labels need a font with CJK glyphs. The installed families are read from
 * {@link GraphicsEnvironment#getAvailableFontFamilyNames(Locale)} (this works headless):
 * {@value #PREFERRED_CJK_FAMILY} is preferred, then a few well-known Chinese families, then any
 * other physical family whose {@link Font#canDisplayUpTo(String) canDisplayUpTo("营业收入")} is −1
 * and that draws Latin letters and digits too (sans-serif, Simplified-Chinese families first). Java's logical fonts (Dialog, SansSerif, …) are
 * never chosen, because their fallback differs between machines. The answer is computed once per
 * JVM.
 *
 * <p>Where no installed font can display Chinese, charts use the font bundled in this module,
 * {@value #BUNDLED_FAMILY} (文泉驿微米黑, Latin and CJK glyphs, Apache License 2.0; taken unaltered
 * from Debian's {@code fonts-wqy-microhei}), so a Chinese chart renders on any machine that has a
 * working font system. A machine with no font at all (no fontconfig configuration, where Java
 * itself cannot lay out text) gets an {@link IllegalStateException} with a one-line message
 * instead of the JDK's "Fontconfig head is null" stack trace.
 *
 * <pre>{@code
 * ChartFonts.cjkFamily();                 // Optional[Noto Sans CJK SC] once fonts-noto-cjk is installed
 * ChartFonts.bundled().getFamily();       // "WenQuanYi Micro Hei", always
 * }</pre>
 */
public final class ChartFonts {

    /** The family preferred for Chinese labels. */
    public static final String PREFERRED_CJK_FAMILY = "Noto Sans CJK SC";

    /** The text a candidate font must display completely. */
    static final String PROBE = "营业收入";

    /** The family of the bundled font. */
    public static final String BUNDLED_FAMILY = "WenQuanYi Micro Hei";

    /** The bundled font file, a TrueType collection whose first face is {@value #BUNDLED_FAMILY}. */
    static final String BUNDLED_RESOURCE = "wqy-microhei.ttc";

    static final String NO_CJK_FONT = "no font that can display Chinese was found and the bundled "
            + BUNDLED_FAMILY + " could not be loaded; install fonts-noto-cjk (Debian) or pass a font file";

    static final String NO_FONTS = "Java cannot draw any text on this machine because no font is installed "
            + "(the JDK reports 'Fontconfig head is null'); install fontconfig and a font, "
            + "e.g. apt-get install fontconfig fonts-dejavu-core";

    private static final List<String> KNOWN = List.of(PREFERRED_CJK_FAMILY, "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "SimHei", "Droid Sans Fallback",
            "AR PL UMing CN", "SimSun");

    private static final Set<String> LOGICAL = Set.of("dialog", "dialoginput", "monospaced", "sansserif", "serif");

    private ChartFonts() {
    }

    /** Lazily computed once. */
    private static final class Holder {
        static final Optional<String> CJK = search();
    }

    /** Whether Java can lay out text at all, probed once. */
    private static final class FontSystem {
        static final String ERROR = probe();

        private static String probe() {
            try {
                new TextLayout("x", new Font(Font.SANS_SERIF, Font.PLAIN, 12), new FontRenderContext(null, true, true));
                return null;
            } catch (RuntimeException | Error e) {
                return NO_FONTS;
            }
        }
    }

    /** The bundled font, loaded once; null with the reason when it cannot be. */
    private static final class Bundled {
        static final Font FONT;
        static final String ERROR;

        static {
            Font f = null;
            String error = null;
            if (FontSystem.ERROR != null) {
                error = FontSystem.ERROR;
            } else {
                try (InputStream in = ChartFonts.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                    if (in == null) {
                        error = "the bundled font " + BUNDLED_RESOURCE + " is missing from kpi4j-charts";
                    } else {
                        f = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(Font.PLAIN, 12f);
                    }
                } catch (IOException | FontFormatException | RuntimeException | Error e) {
                    error = "the bundled font " + BUNDLED_RESOURCE + " cannot be read: " + e.getMessage();
                }
            }
            FONT = f;
            ERROR = error;
        }
    }

    /**
     * Returns the font bundled with kpi4j-charts, {@value #BUNDLED_FAMILY}, at 12 points: the font
     * Chinese labels are drawn in when no installed font can display them.
     *
     * <pre>{@code
     * Font f = ChartFonts.bundled();
     * f.canDisplayUpTo("营业收入 Revenue 2024Q1");   // -1: every character has a glyph
     * }</pre>
     *
     * @return the font, not null
     * @throws IllegalStateException with a one-line message if Java has no working font system
     */
    public static Font bundled() {
        if (Bundled.FONT == null) {
            throw new IllegalStateException(Bundled.ERROR);
        }
        return Bundled.FONT;
    }

    /**
     * Loads a font file (TrueType {@code .ttf}, OpenType {@code .otf} or the first face of a
     * collection {@code .ttc}) for {@link ChartOptions#withFont(Font)}.
     *
     * <pre>{@code
     * Font f = ChartFonts.load(fontFile.toPath());   // a .ttf, .otf or .ttc file
     * ChartOptions.zh().withFont(f);
     * }</pre>
     *
     * @param file the font file, not null
     * @return the font at 12 points, not null
     * @throws IllegalArgumentException naming the file if it is missing or not a font
     * @throws IllegalStateException with a one-line message if Java has no working font system
     */
    public static Font load(Path file) {
        Objects.requireNonNull(file, "file");
        requireFontSystem();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("font file " + file + " does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(Font.PLAIN, 12f);
        } catch (IOException | FontFormatException e) {
            throw new IllegalArgumentException("font file " + file + " is not a TrueType or OpenType font: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Checks that Java can lay out text at all.
     *
     * @throws IllegalStateException with a one-line message if no font is installed
     */
    static void requireFontSystem() {
        if (FontSystem.ERROR != null) {
            throw new IllegalStateException(FontSystem.ERROR);
        }
    }

    /**
     * Returns the installed family used for Chinese labels.
     *
     * <pre>{@code
     * String family = ChartFonts.cjkFamily().orElse("none");
     * }</pre>
     *
     * @return the family, or empty if no installed font can display Chinese
     */
    public static Optional<String> cjkFamily() {
        return Holder.CJK;
    }

    /**
     * Returns true if a text contains Chinese, Japanese or Korean characters (including full-width
     * punctuation), which a Latin font cannot draw.
     *
     * <pre>{@code
     * ChartFonts.needsCjk("营业收入 (亿元)");   // true
     * ChartFonts.needsCjk("Revenue (USD m)");  // false
     * }</pre>
     *
     * @param text the text, not null
     * @return true if a CJK font is needed
     */
    public static boolean needsCjk(String text) {
        return text.codePoints().anyMatch(ChartFonts::isCjk);
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    /**
     * Chooses the base font of a chart: the options' font if given (it must display every text),
     * else, when the language is Chinese or any text needs CJK glyphs, the installed CJK family or
     * the bundled font, else the logical sans-serif font.
     *
     * @throws IllegalStateException if Java has no working font system
     * @throws IllegalArgumentException if the given font cannot display a text
     */
    static Font resolve(ChartOptions options, Collection<String> texts) {
        requireFontSystem();
        Optional<Font> given = options.font();
        if (given.isPresent()) {
            Font f = given.get();
            for (String t : texts) {
                if (t != null && f.canDisplayUpTo(t) != -1) {
                    throw new IllegalArgumentException("font " + f.getFamily(Locale.ENGLISH) + " cannot display '" + t + "'");
                }
            }
            return f.deriveFont(Font.PLAIN, 12f);
        }
        String needing = null;
        for (String t : texts) {
            if (t != null && needsCjk(t)) {
                needing = t;
                break;
            }
        }
        if (options.language() == org.kpi4j.format.Language.ZH || needing != null) {
            Optional<String> family = cjkFamily();
            if (family.isPresent()) {
                return new Font(family.get(), Font.PLAIN, 12);
            }
            if (Bundled.FONT == null) {
                throw new IllegalStateException(NO_CJK_FONT + " (" + Bundled.ERROR + ")");
            }
            return Bundled.FONT;
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    private static Optional<String> search() {
        String[] names;
        try {
            names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ENGLISH);
        } catch (RuntimeException | Error e) {
            // no font configuration at all (a broken headless JRE): behave as if no font was found
            return Optional.empty();
        }
        List<String> installed = new ArrayList<>();
        for (String n : names) {
            if (!LOGICAL.contains(n.toLowerCase(Locale.ROOT))) {
                installed.add(n);
            }
        }
        for (String k : KNOWN) {
            for (String n : installed) {
                if (n.equalsIgnoreCase(k) && canDisplay(n)) {
                    return Optional.of(n);
                }
            }
        }
        return installed.stream()
                .sorted(Comparator.comparingInt(ChartFonts::rank).thenComparing(Comparator.naturalOrder()))
                .filter(ChartFonts::canDisplay)
                .findFirst();
    }

    private static int rank(String family) {
        String f = family.toLowerCase(Locale.ROOT);
        int r = 0;
        if (!(f.contains("sans") || f.contains("hei") || f.contains("gothic"))) {
            r += 2;
        }
        if (!(f.contains(" sc") || f.contains(" cn") || f.contains(" gb") || f.endsWith("sc"))) {
            r += 1;
        }
        return r;
    }

    /** Latin letters, digits and the signs of numbers, which a chart font must draw as well as Chinese. */
    static final String LATIN_PROBE = "Revenue 2024Q1 0123456789 +-.,%()";

    /**
     * True if the family draws Chinese and Latin: a CJK-only font (Droid Sans Fallback has no Latin
     * glyphs) would draw every number of a chart as the same empty box.
     */
    private static boolean canDisplay(String family) {
        Font f = new Font(family, Font.PLAIN, 12);
        return f.canDisplayUpTo(PROBE) == -1 && f.canDisplayUpTo(LATIN_PROBE) == -1;
    }
}
