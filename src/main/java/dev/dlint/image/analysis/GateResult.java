package dev.dlint.image.analysis;

/**
 * One evaluated gate.
 *
 * @param name      dive's camelCase rule name ({@code lowestEfficiency}) or {@code maxWastedBytes}
 * @param status    outcome
 * @param message   dive's text: the configured value on PASS, {@code disabled} on SKIP, the reason on FAIL
 * @param measured  the value the gate compared, as people read it ({@code 0.7202 (72.02 %)},
 *                  {@code 12296 bytes (12 kB)}); empty on SKIP
 * @param threshold the threshold it was compared with ({@code 0.9}, {@code 20000000 bytes (20 MB)}); empty on SKIP
 */
public record GateResult(String name, GateStatus status, String message, String measured, String threshold) {

    /** Whether the gate failed. */
    public boolean failed() {
        return status == GateStatus.FAIL;
    }
}
