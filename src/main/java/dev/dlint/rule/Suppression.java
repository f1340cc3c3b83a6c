package dev.dlint.rule;

/**
 * Why a finding is not reported: an inline pragma in the file ({@code inSource}) or the configuration
 * ({@code external}), with the justification text when one was given.
 */
public record Suppression(boolean inSource, String justification) {
}
