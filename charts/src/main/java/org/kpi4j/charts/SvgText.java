package org.kpi4j.charts;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.intermediate.MutableCommandSequence;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Command;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawStringCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.FillShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetFontCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.TransformCommand;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SVG of a chart with its labels as real {@code <text>}, which the reader's browser draws in its
 * own fonts (and a page can give a font of its own): XChart fills every label as the outline of a
 * {@code TextLayout}, so the chart is drawn once into VectorGraphics2D with a {@link RecordingFont},
 * and each filled shape that is, point for point, the outline of a text laid out during that
 * drawing (moved, or turned a quarter for the y axis title) becomes a {@code <text>} at the same
 * baseline, in the same size and weight, with {@code textLength} set to the width Java measured so
 * that the layout holds in any font.
 */
final class SvgText {

    /** The CSS font families of the text: CJK sans-serif families first, then the bundled one. */
    static final String FONT_STACK = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC',"
            + "'Microsoft YaHei','Hiragino Sans GB','" + ChartFonts.BUNDLED_FAMILY + "',sans-serif";

    private static final Pattern FAMILY = Pattern.compile("font-family:&quot;[^&]*&quot;;");

    private SvgText() {
    }

    /** Renders the chart at a size as SVG text with real text elements. */
    static String svg(KpiChart chart, int width, int height) {
        Log log = new Log();
        VectorGraphics2D g = new VectorGraphics2D();
        Painter.paint(chart, g, width, height, f -> f instanceof RecordingFont ? f : new RecordingFont(f, log));
        MutableCommandSequence out = new MutableCommandSequence();
        List<Float> lengths = new ArrayList<>();
        for (Command<?> c : g.getCommands()) {
            if (c instanceof FillShapeCommand) {
                Match m = log.match((Shape) c.getValue());
                if (m != null) {
                    emit(out, m);
                    lengths.add(m.entry.advance);
                    continue;
                }
            }
            out.add(c);
        }
        Document doc = new SVGProcessor().getDocument(out, new PageSize(0, 0, width, height));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            doc.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return finish(bytes.toString(StandardCharsets.UTF_8), lengths);
    }

    private static void emit(MutableCommandSequence out, Match m) {
        out.add(new SetFontCommand(m.entry.font));
        if (m.transform.getType() == AffineTransform.TYPE_TRANSLATION
                || m.transform.getType() == AffineTransform.TYPE_IDENTITY) {
            out.add(new DrawStringCommand(m.entry.text, m.transform.getTranslateX(), m.transform.getTranslateY()));
            return;
        }
        try {
            AffineTransform back = m.transform.createInverse();
            out.add(new TransformCommand(m.transform));
            out.add(new DrawStringCommand(m.entry.text, 0, 0));
            out.add(new TransformCommand(back));
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("a quarter turn is invertible", e);
        }
    }

    /** Font families to the CSS stack, each text its measured length, white space kept. */
    private static String finish(String svg, List<Float> lengths) {
        String s = FAMILY.matcher(svg).replaceAll(Matcher.quoteReplacement("font-family:" + FONT_STACK + ";"));
        StringBuilder sb = new StringBuilder(s.length() + lengths.size() * 48);
        int from = 0;
        int n = 0;
        for (int at = s.indexOf("<text ", from); at >= 0; at = s.indexOf("<text ", from)) {
            sb.append(s, from, at).append("<text ");
            if (n < lengths.size()) {
                sb.append("textLength=\"").append(String.format(Locale.ROOT, "%.2f", lengths.get(n)))
                        .append("\" lengthAdjust=\"spacingAndGlyphs\" ");
            }
            n++;
            from = at + "<text ".length();
        }
        sb.append(s.substring(from));
        return sb.toString().replaceFirst("<svg ", "<svg xml:space=\"preserve\" ");
    }

    /** A filled shape recognised as a text: the text and where its baseline origin is. */
    static final class Match {
        final Entry entry;
        final AffineTransform transform;

        Match(Entry entry, AffineTransform transform) {
            this.entry = entry;
            this.transform = transform;
        }
    }

    /** A text laid out in a font, with its outline at the origin. */
    static final class Entry {
        final String text;
        final Font font;
        final float advance;
        final Outline outline;

        Entry(String text, Font font, FontRenderContext frc) {
            this.text = text;
            this.font = font;
            TextLayout tl = new TextLayout(text, font, frc);
            this.advance = tl.getAdvance();
            this.outline = Outline.of(tl.getOutline(null));
        }
    }

    /** The texts laid out while a chart was drawn. */
    static final class Log {
        private final Set<List<Object>> seen = new HashSet<>();
        private final Map<Integer, List<Entry>> bySize = new HashMap<>();

        void add(String text, Font font, FontRenderContext frc) {
            if (text.isBlank() || !seen.add(List.of(text, font, frc))) {
                return;
            }
            Entry e = new Entry(text, font, frc);
            if (e.outline.points.length > 0) {
                bySize.computeIfAbsent(e.outline.types.length, k -> new ArrayList<>()).add(e);
            }
        }

        private static final AffineTransform[] TURNS = {new AffineTransform(),
            AffineTransform.getQuadrantRotateInstance(-1), AffineTransform.getQuadrantRotateInstance(1)};

        /**
         * The text a filled shape is the outline of, or null when it is no text or when texts that
         * differ (beyond white space) share the outline, as texts of glyphs a font lacks do: the
         * shape is then kept as drawn, never guessed.
         */
        Match match(Shape shape) {
            Outline s = Outline.of(shape);
            List<Entry> candidates = bySize.get(s.types.length);
            if (candidates == null) {
                return null;
            }
            Match found = null;
            for (Entry e : candidates) {
                for (AffineTransform turn : TURNS) {
                    AffineTransform t = e.outline.placedAs(s, turn);
                    if (t != null) {
                        if (found != null && !found.entry.text.strip().equals(e.text.strip())) {
                            return null;
                        }
                        if (found == null) {
                            found = new Match(e, t);
                        }
                        break;
                    }
                }
            }
            return found;
        }
    }

    /** A path's segment types and points. */
    static final class Outline {
        private static final double EPS = 1e-3;
        final int[] types;
        final double[] points;

        private Outline(int[] types, double[] points) {
            this.types = types;
            this.points = points;
        }

        static Outline of(Shape shape) {
            List<Integer> types = new ArrayList<>();
            List<Double> pts = new ArrayList<>();
            double[] c = new double[6];
            for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                types.add(type);
                int n = type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_LINETO ? 1
                        : type == PathIterator.SEG_QUADTO ? 2 : type == PathIterator.SEG_CUBICTO ? 3 : 0;
                for (int i = 0; i < 2 * n; i++) {
                    pts.add(c[i]);
                }
            }
            return new Outline(types.stream().mapToInt(Integer::intValue).toArray(),
                    pts.stream().mapToDouble(Double::doubleValue).toArray());
        }

        /** The transform turn-then-move that puts this outline on the other, or null if none does. */
        AffineTransform placedAs(Outline other, AffineTransform turn) {
            if (other.points.length != points.length || points.length == 0) {
                return null;
            }
            for (int i = 0; i < types.length; i++) {
                if (types[i] != other.types[i]) {
                    return null;
                }
            }
            double[] turned = new double[points.length];
            turn.transform(points, 0, turned, 0, points.length / 2);
            double dx = other.points[0] - turned[0];
            double dy = other.points[1] - turned[1];
            for (int i = 0; i < points.length; i += 2) {
                if (Math.abs(other.points[i] - turned[i] - dx) > EPS
                        || Math.abs(other.points[i + 1] - turned[i + 1] - dy) > EPS) {
                    return null;
                }
            }
            AffineTransform t = AffineTransform.getTranslateInstance(dx, dy);
            t.concatenate(turn);
            return t;
        }
    }
}
