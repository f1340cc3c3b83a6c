package dev.dlint.cli;

import dev.dlint.image.analysis.ImageAnalyzer;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress display on standard error for analyses that take longer than a second: which layer is being
 * merged and the elapsed time, redrawn in place and erased at the end. Off unless standard error is a terminal.
 */
final class ImageProgress implements ImageAnalyzer.Progress, AutoCloseable {

    private static final long DELAY_MILLIS = 1000;
    private static final long PERIOD_MILLIS = 250;

    private final PrintWriter err;
    private final String name;
    private final long start = System.nanoTime();
    private final Thread ticker;
    private volatile int done;
    private volatile int total;
    private boolean shown;

    /**
     * @param err     where to draw
     * @param name    the image as the user named it
     * @param enabled false to stay silent (not a terminal)
     */
    ImageProgress(PrintWriter err, String name, boolean enabled) {
        this.err = err;
        this.name = name;
        if (enabled) {
            ticker = new Thread(this::tick, "dlint-progress");
            ticker.setDaemon(true);
            ticker.start();
        } else {
            ticker = null;
        }
    }

    @Override
    public void layersDone(int doneLayers, int totalLayers) {
        total = totalLayers;
        done = doneLayers;
    }

    private void tick() {
        try {
            Thread.sleep(DELAY_MILLIS);
            while (!Thread.currentThread().isInterrupted()) {
                draw();
                Thread.sleep(PERIOD_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void draw() {
        int of = total;
        String what = of == 0 ? "reading the archive" : "layer " + Math.min(done + 1, of) + " of " + of;
        double seconds = (System.nanoTime() - start) / 1e9;
        err.print("\r\u001b[Kdlint: analysing " + name + ": " + what
                + String.format(Locale.ROOT, " (%.0f s)", Math.floor(seconds)));
        err.flush();
        shown = true;
    }

    /** Stops drawing and erases the line. */
    @Override
    public void close() {
        if (ticker == null) {
            return;
        }
        ticker.interrupt();
        try {
            ticker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (shown) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }
}
