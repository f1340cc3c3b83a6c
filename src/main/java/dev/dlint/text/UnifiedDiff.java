package dev.dlint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, as {@code diff -u} and {@code git diff} write it: {@code ---}/{@code +++}
 * headers, {@code @@ -a,b +c,d @@} hunks with three lines of context. Lines keep their own terminators ({@code \r\n}
 * stays visible to {@code patch}); a last line without one is followed by {@code \ No newline at end of file}. The
 * shortest edit script is found with Myers' algorithm after the common head and tail are set aside.
 */
public final class UnifiedDiff {

    /** Lines of unchanged context around each change. */
    public static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** One line of the edit script: kept, deleted from the old text, or inserted from the new one. */
    private record Op(char kind, int oldIndex, int newIndex) {
    }

    /** The diff from {@code before} to {@code after}; empty when they are equal. */
    public static String of(String oldName, String newName, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Op> script = script(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).kind() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < script.size()) {
                if (script.get(end).kind() != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(script.size(), lastChange + CONTEXT + 1);
            hunk(out, script.subList(start, end), a, b);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Op> ops, List<String> a, List<String> b) {
        int oldStart = -1;
        int newStart = -1;
        int oldCount = 0;
        int newCount = 0;
        for (Op op : ops) {
            if (op.kind() != '+') {
                oldCount++;
                oldStart = oldStart < 0 ? op.oldIndex() : oldStart;
            }
            if (op.kind() != '-') {
                newCount++;
                newStart = newStart < 0 ? op.newIndex() : newStart;
            }
        }
        Op first = ops.get(0);
        oldStart = oldStart < 0 ? first.oldIndex() : oldStart;
        newStart = newStart < 0 ? first.newIndex() : newStart;
        out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
                .append(" @@\n");
        for (Op op : ops) {
            String line = op.kind() == '+' ? b.get(op.newIndex()) : a.get(op.oldIndex());
            out.append(op.kind()).append(line);
            if (!line.endsWith("\n")) {
                out.append("\n\\ No newline at end of file\n");
            }
        }
    }

    /** {@code start,count} with a 1-based start; an empty range names the line before it, as diff does. */
    private static String range(int index, int count) {
        int start = count == 0 ? index : index + 1;
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    /** The lines of a text, each with its terminator. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** The shortest edit script from {@code a} to {@code b}. */
    private static List<Op> script(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Op> ops = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            ops.add(new Op(' ', k, k));
        }
        ops.addAll(myers(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), head));
        for (int k = tail; k > 0; k--) {
            ops.add(new Op(' ', a.size() - k, b.size() - k));
        }
        return ops;
    }

    /** Myers' O(ND) greedy algorithm, with the furthest-reaching paths of each step kept to trace the script back. */
    private static List<Op> myers(List<String> a, List<String> b, int offset) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        List<int[]> trace = new ArrayList<>();
        int[] v = new int[2 * max + 2];
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[max + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        List<Op> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] previous = trace.get(d);
            int k = x - y;
            int prevK = k == -d || (k != d && previous[max + k - 1] < previous[max + k + 1]) ? k + 1 : k - 1;
            int prevX = previous[max + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                reversed.add(new Op(' ', offset + --x, offset + --y));
            }
            if (x == prevX) {
                reversed.add(new Op('+', offset + x, offset + --y));
            } else {
                reversed.add(new Op('-', offset + --x, offset + y));
            }
        }
        while (x > 0 && y > 0) {
            reversed.add(new Op(' ', offset + --x, offset + --y));
        }
        List<Op> ops = new ArrayList<>();
        for (int i = reversed.size() - 1; i >= 0; i--) {
            ops.add(reversed.get(i));
        }
        return ops;
    }
}
