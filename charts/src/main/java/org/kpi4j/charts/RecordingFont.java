package org.kpi4j.charts;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.util.Map;

/**
 * A font that logs every text laid out in it, so that {@link SvgText} can tell which filled
 * outlines of a chart are text and write them as SVG {@code <text>}. XChart draws every label as
 * {@code new TextLayout(text, font, frc).getOutline(..)}, and {@code TextLayout} asks its font for
 * the line metrics of exactly that text first; deriving keeps the log, so the sizes and styles the
 * theme derives from the base font log too.
 */
final class RecordingFont extends Font {

    private static final long serialVersionUID = 1L;

    private final transient Font plain;
    private final transient SvgText.Log log;

    RecordingFont(Font plain, SvgText.Log log) {
        super(plain);
        this.plain = plain;
        this.log = log;
    }

    @Override
    public LineMetrics getLineMetrics(char[] chars, int beginIndex, int limit, FontRenderContext frc) {
        log.add(new String(chars, beginIndex, limit - beginIndex), plain, frc);
        return super.getLineMetrics(chars, beginIndex, limit, frc);
    }

    @Override
    public LineMetrics getLineMetrics(String str, FontRenderContext frc) {
        log.add(str, plain, frc);
        return super.getLineMetrics(str, frc);
    }

    @Override
    public LineMetrics getLineMetrics(String str, int beginIndex, int limit, FontRenderContext frc) {
        log.add(str.substring(beginIndex, limit), plain, frc);
        return super.getLineMetrics(str, beginIndex, limit, frc);
    }

    @Override
    public Font deriveFont(int style, float size) {
        return new RecordingFont(plain.deriveFont(style, size), log);
    }

    @Override
    public Font deriveFont(int style, AffineTransform trans) {
        return new RecordingFont(plain.deriveFont(style, trans), log);
    }

    @Override
    public Font deriveFont(float size) {
        return new RecordingFont(plain.deriveFont(size), log);
    }

    @Override
    public Font deriveFont(AffineTransform trans) {
        return new RecordingFont(plain.deriveFont(trans), log);
    }

    @Override
    public Font deriveFont(int style) {
        return new RecordingFont(plain.deriveFont(style), log);
    }

    @Override
    public Font deriveFont(Map<? extends java.text.AttributedCharacterIterator.Attribute, ?> attributes) {
        return new RecordingFont(plain.deriveFont(attributes), log);
    }

    @Override
    public boolean equals(Object obj) {
        return super.equals(obj);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
