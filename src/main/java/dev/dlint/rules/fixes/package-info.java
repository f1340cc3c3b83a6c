/**
 * Text edits that several rules' fixes are made of, beyond the line moves of {@link dev.dlint.rule.Edits}: commands
 * appended to or removed from a RUN's shell code in the style the RUN is written in, flags added to instructions.
 * Each helper answers empty when it cannot make the edit exactly (exec form, heredocs, code it cannot parse), so a
 * rule offers no fix rather than a wrong one.
 */
package dev.dlint.rules.fixes;
