package com.eventlens.analytics.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.Serial;
import java.util.stream.IntStream;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import net.sf.jasperreports.renderers.Renderable;

/**
 * The rate bar of the dashboards (a filled share of a rounded track) as vector graphics in the PDF. One instance
 * per whole percent, the precision the number beside it shows, so a report of many rows draws few distinct bars.
 */
final class RateBar extends AbstractRenderer implements Graphics2DRenderable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Color TRACK = new Color(0xE3E7EF);
    private static final Color FILL = new Color(0x1A56DB);
    private static final RateBar[] BY_PERCENT = IntStream.rangeClosed(0, 100).mapToObj(RateBar::new)
            .toArray(RateBar[]::new);

    private final int percent;

    private RateBar(int percent) {
        this.percent = percent;
    }

    /** The bar of a rate 0..1; none where the rate is undefined (the number shows "—"). */
    static Renderable of(Double rate) {
        if (rate == null) {
            return null;
        }
        return BY_PERCENT[(int) Math.max(0, Math.min(100, Math.round(rate * 100)))];
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double height = area.getHeight();
            g.setColor(TRACK);
            g.fill(new RoundRectangle2D.Double(area.getX(), area.getY(), area.getWidth(), height, height, height));
            if (percent > 0) {
                double width = Math.max(height, area.getWidth() * percent / 100.0);
                g.setColor(FILL);
                g.fill(new RoundRectangle2D.Double(area.getX(), area.getY(), width, height, height, height));
            }
        } finally {
            g.dispose();
        }
    }

    /** Back to the shared instance when a report's pages come back from the virtualizer's swap file. */
    @Serial
    private Object readResolve() {
        return BY_PERCENT[percent];
    }
}
