package org.kpi4j.charts;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the font charts draw their labels in.
 *
 * <p>Chinese labels need a font with CJK glyphs. The installed families are read from
 * {@link GraphicsEnvironment#getAvailableFontFamilyNames(Locale)} (this works headless):
 * {@value #PREFERRED_CJK_FAMILY} is preferred, then a few well-known Chinese families, then any
 * other physical family whose {@link Font#canDisplayUpTo(String) canDisplayUpTo("营业收入")} is −1
 * (sans-serif, Simplified-Chinese families first). Java's logical fonts (Dialog, SansSerif, …) are
 * never chosen, because their fallback differs between machines. The answer is computed once per
 * JVM.
 *
 * <pre>{@code
 * ChartFonts.cjkFamily();   // Optional[Noto Sans CJK SC] once fonts-noto-cjk is installed
 * }</pre>
 */
public final class ChartFonts {

    /** The family preferred for Chinese labels. */
    public static final String PREFERRED_CJK_FAMILY = "Noto Sans CJK SC";

    /** The text a candidate font must display completely. */
    static final String PROBE = "营业收入";

    static final String NO_CJK_FONT = "no font that can display Chinese was found; install fonts-noto-cjk (Debian) "
            + "or pass a font with ChartOptions.withFont(Font) or ChartOptions.withFontFamily(String)";

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
     * else the CJK family when the language is Chinese or any text needs CJK glyphs, else the
     * logical sans-serif font.
     *
     * @throws IllegalStateException if Chinese glyphs are needed and no installed font has them
     * @throws IllegalArgumentException if the given font cannot display a text
     */
    static Font resolve(ChartOptions options, Collection<String> texts) {
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
            if (family.isEmpty()) {
                throw new IllegalStateException(options.language() == org.kpi4j.format.Language.ZH ? NO_CJK_FONT
                        : "the chart text '" + needing + "' contains Chinese, but " + NO_CJK_FONT);
            }
            return new Font(family.get(), Font.PLAIN, 12);
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

    private static boolean canDisplay(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(PROBE) == -1;
    }
}
