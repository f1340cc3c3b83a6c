package dev.dlint.rules.knowledge;

import java.util.Optional;

/** What a chmod-style mode ({@code 777}, {@code 0666}, {@code a+rwx}, {@code o=rw}) does to the "others" write bit. */
public final class FileModes {

    private FileModes() {
    }

    /**
     * Whether the mode lets every user write, without the sticky bit that keeps them from deleting each other's files
     * ({@code 1777}, {@code +t}, as /tmp has): octal with the others-write bit, or symbolic modes that add write for
     * {@code o} or {@code a} ({@code ugo+rwx}, {@code o+w}, {@code a=rwx}).
     */
    public static boolean worldWritable(String mode) {
        if (mode.matches("[0-7]{3,4}")) {
            int value = Integer.parseInt(mode, 8);
            boolean sticky = mode.length() == 4 && (value & 01000) != 0;
            return (value & 02) != 0 && !sticky;
        }
        if (!mode.matches("[ugoa]*[-+=][rwxXst]*(,[ugoa]*[-+=][rwxXst]*)*") || mode.contains("t")) {
            return false;
        }
        for (String clause : mode.split(",")) {
            Optional<Character> op = clause.chars().mapToObj(c -> (char) c).filter(c -> c == '+' || c == '=')
                    .findFirst();
            String who = clause.substring(0, Math.max(0, clause.indexOf(op.orElse('-'))));
            boolean others = who.contains("o") || who.contains("a") || (who.contains("u") && who.contains("g")
                    && who.contains("o"));
            if (op.isPresent() && others && clause.substring(clause.indexOf(op.get()) + 1).contains("w")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the mode leaves the others-write bit unset: octal without it ({@code 440}, {@code 0644}), or a symbolic
     * mode that removes it ({@code o-w}, {@code a-w}, {@code -w}, {@code go-rwx}) or sets others' bits without it
     * ({@code o=r}, {@code a=rX}). Modes that do not touch it ({@code +x}, {@code u+w}) do not count.
     */
    public static boolean removesWorldWrite(String mode) {
        if (mode.matches("[0-7]{3,4}")) {
            return (Integer.parseInt(mode, 8) & 02) == 0;
        }
        if (!mode.matches("[ugoa]*[-+=][rwxXst]*(,[ugoa]*[-+=][rwxXst]*)*")) {
            return false;
        }
        boolean removed = false;
        for (String clause : mode.split(",")) {
            String who = clause.replaceAll("[-+=].*$", "");
            char sign = clause.charAt(who.length());
            String perms = clause.substring(who.length() + 1);
            boolean others = who.isEmpty() || who.contains("o") || who.contains("a");
            if (!others) {
                continue;
            }
            if (sign == '-' && perms.contains("w") || sign == '=' && !perms.contains("w")) {
                removed = true;
            } else if (sign == '+' && perms.contains("w") || sign == '=') {
                removed = false;
            }
        }
        return removed;
    }
}
