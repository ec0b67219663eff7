package org.kpi4j.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiPanelBuilder;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.Period;

/**
 * Holt-Winters fitted to every series of a {@link KpiPanel} at once, on all cores, each series
 * exactly as {@link HoltWinters#fit(double[], HoltWintersSpec, Initialization)} fits it alone: its
 * values from its first to its last present quarter, the same parameters, states, SSE and forecasts
 * to the bit, whatever the number of threads.
 *
 * <p>The forecasts form a panel of the same keys, metrics, units and transforms: each series'
 * {@code horizon} quarters after its own last value, on the axis from the earliest of those quarters
 * to the latest (a series that ends earlier than the others is forecast from where it ends, missing
 * elsewhere). A series that cannot be fitted is left out and {@link #notes()} says why: a missing
 * quarter between its first and last value (the recursions need consecutive quarters; fill or cut
 * the series first), fewer points than {@link HoltWintersSpec#minPoints()}, a value not above zero
 * with multiplicative seasonality, a forecast beyond the range of a double, or no value at all.
 *
 * <pre>{@code
 * double[] y = {112, 96, 108, 94, 118, 99, 113, 98, 123, 104, 119, 103, 128, 108, 124, 109};
 * KpiPanel panel = KpiPanel.builder(Period.parse("2021Q1"), 16)
 *         .add(SeriesKey.of("acme", "revenue"), Unit.WAN_YUAN, y)
 *         .build();
 * HoltWintersSpec spec = HoltWintersSpec.quarterly(Seasonality.ADDITIVE);
 * PanelForecast f = PanelForecast.of(panel, spec, 4);
 * f.forecasts().quarter(0);                              // 2025Q1
 * f.forecasts().row(0);                                  // the same as HoltWinters.fit(y, spec).forecast(4)
 * f.fit(SeriesKey.of("acme", "revenue")).get().sse();   // the series' own fit
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PanelForecast {

    private final KpiPanel forecasts;
    private final HoltWintersFit[] fits;
    private final Map<SeriesKey, Integer> index = new HashMap<>();

    private PanelForecast(KpiPanel forecasts, HoltWintersFit[] fits) {
        this.forecasts = forecasts;
        this.fits = fits;
        for (int s = 0; s < fits.length; s++) {
            index.put(forecasts.key(s), s);
        }
    }

    /**
     * Fits every series with estimated initial states ({@link Initialization#ESTIMATED}, what
     * statsmodels' {@code fit()} does) and forecasts it.
     *
     * @param panel the series, not null
     * @param spec the model structure, not null
     * @param horizon the quarters to forecast after each series' last value, 1 or more
     * @return the forecasts and fits, not null
     * @throws IllegalArgumentException if horizon &lt; 1 or no series can be fitted
     */
    public static PanelForecast of(KpiPanel panel, HoltWintersSpec spec, int horizon) {
        return of(panel, spec, Initialization.ESTIMATED, horizon);
    }

    /**
     * Fits every series, with initial states as chosen, and forecasts it.
     *
     * @param panel the series, not null
     * @param spec the model structure, not null
     * @param initialization how to obtain the initial states, not null
     * @param horizon the quarters to forecast after each series' last value, 1 or more
     * @return the forecasts and fits, not null
     * @throws IllegalArgumentException if horizon &lt; 1 or no series can be fitted
     */
    public static PanelForecast of(KpiPanel panel, HoltWintersSpec spec, Initialization initialization, int horizon) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(initialization, "initialization");
        Checks.horizon(horizon);
        if (spec.period() != HoltWintersSpec.QUARTERLY && spec.seasonal()) {
            throw new IllegalArgumentException("a panel holds quarters: the seasonal period must be "
                    + HoltWintersSpec.QUARTERLY + " but was " + spec.period());
        }
        int n = panel.seriesCount();
        Fitted[] out = new Fitted[n];
        // one fit per task: the fits are independent and each takes milliseconds, so the pool's
        // scheduling costs nothing that matters and any order gives the same results
        IntStream.range(0, n).parallel().forEach(s -> out[s] = fitOne(panel, s, spec, initialization, horizon));
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (Fitted f : out) {
            if (f.fit != null) {
                lo = Math.min(lo, f.end + 1);
                hi = Math.max(hi, f.end + horizon);
            }
        }
        List<String> notes = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (out[s].fit == null) {
                notes.add("skipped " + panel.key(s) + ": " + out[s].why);
            }
        }
        if (lo == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("no series of the panel could be fitted"
                    + (notes.isEmpty() ? "" : "; first: " + notes.get(0)));
        }
        int first = panel.quarter(0).endQuarterIndex() + lo;
        long last = (long) panel.quarter(0).endQuarterIndex() + hi;
        if (last > (long) Period.MAX_YEAR * 4 + 3) { // as Observations.futurePeriods refuses it for one series
            throw new IllegalArgumentException("a forecast " + horizon + " quarters after " + Period.ofQuarterIndex(
                    (int) (last - horizon)) + " would run past " + Period.MAX_YEAR + "Q4, the last period kpi4j "
                    + "represents; forecast at most " + ((long) Period.MAX_YEAR * 4 + 3 - (last - horizon))
                    + " quarters");
        }
        KpiPanelBuilder b = KpiPanel.builder(Period.ofQuarterIndex(first), hi - lo + 1);
        List<HoltWintersFit> kept = new ArrayList<>();
        double[] row = new double[hi - lo + 1];
        for (int s = 0; s < n; s++) {
            Fitted f = out[s];
            if (f.fit == null) {
                continue;
            }
            Arrays.fill(row, Double.NaN);
            System.arraycopy(f.forecast, 0, row, f.end + 1 - lo, horizon);
            b.add(panel.key(s), panel.metric(s), panel.unit(s), panel.transform(s), row);
            kept.add(f.fit);
        }
        notes.forEach(b::note);
        return new PanelForecast(b.build(), kept.toArray(new HoltWintersFit[0]));
    }

    /** One series' fit, or why there is none; end is the column of its last value. */
    private static final class Fitted {
        final HoltWintersFit fit;
        final double[] forecast;
        final int end;
        final String why;

        Fitted(HoltWintersFit fit, double[] forecast, int end, String why) {
            this.fit = fit;
            this.forecast = forecast;
            this.end = end;
            this.why = why;
        }
    }

    private static Fitted fitOne(KpiPanel panel, int s, HoltWintersSpec spec, Initialization init, int horizon) {
        double[] v = panel.row(s);
        int a = 0;
        while (a < v.length && Double.isNaN(v[a])) {
            a++;
        }
        int e = v.length - 1;
        while (e >= a && Double.isNaN(v[e])) {
            e--;
        }
        if (a > e) {
            return new Fitted(null, null, -1, "no value");
        }
        for (int i = a; i <= e; i++) {
            if (Double.isNaN(v[i])) {
                return new Fitted(null, null, -1, panel.quarter(i) + " is missing between " + panel.quarter(a)
                        + " and " + panel.quarter(e) + "; Holt-Winters needs consecutive quarters");
            }
        }
        double[] y = Arrays.copyOfRange(v, a, e + 1);
        if (y.length < spec.minPoints()) {
            return new Fitted(null, null, -1, y.length + " quarters (" + panel.quarter(a) + ".." + panel.quarter(e)
                    + "); " + spec.name() + " needs at least " + spec.minPoints());
        }
        if (spec.seasonality() == Seasonality.MULTIPLICATIVE) {
            for (int i = 0; i < y.length; i++) {
                if (!(y[i] > 0)) {
                    return new Fitted(null, null, -1, "multiplicative seasonality needs values above zero but "
                            + panel.quarter(a + i) + " is " + y[i]);
                }
            }
        }
        HoltWintersFit fit;
        try {
            fit = HoltWinters.fit(y, spec, init);
        } catch (IllegalArgumentException ex) {
            return new Fitted(null, null, -1, ex.getMessage());
        }
        double[] f = fit.forecast(horizon);
        for (int i = 0; i < f.length; i++) {
            if (!Double.isFinite(f[i])) {
                return new Fitted(null, null, -1, "the forecast " + (i + 1) + " quarters ahead is beyond the range of "
                        + "a double");
            }
        }
        return new Fitted(fit, f, e, null);
    }

    /**
     * The forecasts, one series per series fitted, in the panel's order.
     *
     * @return the panel of forecasts, with the notes, not null
     */
    public KpiPanel forecasts() {
        return forecasts;
    }

    /**
     * The fit of a series of {@link #forecasts()}.
     *
     * @param series the index in {@link #forecasts()}
     * @return the fit, not null
     * @throws IndexOutOfBoundsException if there is no such series
     */
    public HoltWintersFit fit(int series) {
        Objects.checkIndex(series, fits.length);
        return fits[series];
    }

    /**
     * The fit of a series by its key.
     *
     * @param key the key, not null
     * @return the fit, or empty if the panel has no such series or it was left out
     */
    public Optional<HoltWintersFit> fit(SeriesKey key) {
        Objects.requireNonNull(key, "key");
        Integer s = index.get(key);
        return s == null ? Optional.empty() : Optional.of(fits[s]);
    }

    /**
     * The series left out and why, as in {@link KpiPanel#notes()}.
     *
     * @return the notes, not null
     */
    public List<String> notes() {
        return forecasts.notes();
    }

    @Override
    public String toString() {
        return "PanelForecast[" + fits.length + " series fitted, " + notes().size() + " left out]\n" + forecasts;
    }
}
