package kz.aimaq.reporting.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import kz.aimaq.reporting.api.Block;
import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.MapPanel;
import kz.aimaq.reporting.draw.ChartPainter;
import kz.aimaq.reporting.draw.MapPainter;

/** A widget that paints a chart or a map panel to its size. */
final class BlockCanvas extends Canvas {

    private Block block;

    BlockCanvas(Composite parent, Block block) {
        super(parent, SWT.DOUBLE_BUFFERED);
        this.block = block;
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> paint(e.gc));
    }

    void setBlock(Block newBlock) {
        block = newBlock;
        redraw();
    }

    Block block() {
        return block;
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        if (block == null || area.width < 20 || area.height < 20) {
            return;
        }
        try (SwtCanvas canvas = new SwtCanvas(gc)) {
            if (block instanceof Chart chart) {
                ChartPainter.paint(chart, canvas, 6, 6, area.width - 12, area.height - 12);
            } else if (block instanceof MapPanel map) {
                MapPainter.paint(map, canvas, 6, 6, area.width - 12, area.height - 12);
            }
        }
    }
}
