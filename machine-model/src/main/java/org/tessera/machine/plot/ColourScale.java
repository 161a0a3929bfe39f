package org.tessera.machine.plot;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.renderer.PaintScale;

/**
 * Viridis (van der Walt &amp; Smith, matplotlib 2.0) from {@code lower} to {@code upper},
 * interpolated between five of its colours: ordered in lightness, readable in grey and by
 * colour-blind readers. Values outside the range take the end colours.
 */
public final class ColourScale implements PaintScale {
    private static final Color[] ANCHORS = {new Color(0x440154), new Color(0x3b528b), new Color(0x21918c), new Color(0x5ec962), new Color(0xfde725)};

    private final double lower;
    private final double upper;

    public ColourScale(double lower, double upper) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    public Color colour(double value) {
        double f = Double.isNaN(value) ? 0 : Math.clamp((value - lower) / (upper - lower), 0.0, 1.0);
        double at = f * (ANCHORS.length - 1);
        int i = Math.min((int) at, ANCHORS.length - 2);
        double t = at - i;
        Color a = ANCHORS[i];
        Color b = ANCHORS[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t), mix(a.getBlue(), b.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    /** The upper end of a scale for values up to {@code max}: 1, 2 or 5 times a power of ten. */
    public static double niceUpper(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[]{1, 2, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
