package dev.dlint.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, written once on its class. The rule's name (the ID users see) is the class's simple name; its
 * documentation is {@code rules/<Name>.md} and its fixtures {@code testdata/rules/<Name>/}. The build reads this
 * annotation into the generated catalogue, so nothing reads it by reflection at run time.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** One line: what the rule flags. */
    String summary();

    Severity severity();

    Category category();

    /** Other names that mean the same check: hadolint codes ({@code DL3006}) and BuildKit check names. */
    String[] aliases() default {};

    /** Rules off by default are enabled in {@code .dlint.yaml} or with {@code --enable}. */
    boolean enabledByDefault() default true;

    /** Whether the rule also checks the triggers of {@code ONBUILD} instructions (as hadolint does for its rule). */
    boolean onbuild() default false;

    Precision precision() default Precision.HIGH;
}
