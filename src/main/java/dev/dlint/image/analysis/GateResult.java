package dev.dlint.image.analysis;

/**
 * One evaluated gate.
 *
 * @param name    dive's camelCase rule name ({@code lowestEfficiency}) or {@code maxWastedBytes}
 * @param status  outcome
 * @param message dive's text: the configured value on PASS, {@code disabled} on SKIP, the reason on FAIL
 */
public record GateResult(String name, GateStatus status, String message) {
}
