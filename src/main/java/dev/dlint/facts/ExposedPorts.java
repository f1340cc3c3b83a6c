package dev.dlint.facts;

import dev.dlint.model.Dockerfile;
import dev.dlint.model.ExposeInstruction;
import dev.dlint.model.Word;
import dev.dlint.text.SourceRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The port specs of an EXPOSE, as BuildKit reads them: each word expanded and split into words, each spec split into
 * {@code [ip:][hostPort:]containerPort[/protocol]} ({@code dockerfile2llb/convert_expose.go}).
 */
public final class ExposedPorts {

    /** The protocols BuildKit accepts, in any case. */
    public static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");

    /**
     * One port spec.
     *
     * @param spec          the spec after expansion ({@code 127.0.0.1:8080:80/tcp})
     * @param word          the word it came from
     * @param literal       whether the spec is the word exactly as written, so its parts have exact ranges
     * @param hostPrefix    {@code ip:hostPort:} or {@code hostPort:}, empty when the spec has no {@code :}
     * @param ip            the IP address part, empty when absent
     * @param hostPort      the host port part, empty when absent
     * @param containerPort the container port or range, without the protocol
     * @param protocol      the protocol as written, empty when absent
     */
    public record Port(String spec, Word word, boolean literal, String hostPrefix, String ip, String hostPort,
                       String containerPort, String protocol) {

        /** The range of the protocol, or of the whole word when the spec is not literal. */
        public SourceRange protocolRange() {
            return literal ? word.range(spec.length() - protocol.length(), spec.length()) : word.range();
        }

        /**
         * Whether BuildKit accepts the spec: a valid IP address (or none), ports and ranges up to 65535, and a host
         * range as long as the container range when the container port is a range.
         */
        public boolean accepted() {
            if (!validPorts(hostPort, true) || !validPorts(containerPort, false) || !ip.matches(IP)) {
                return false;
            }
            return !containerPort.contains("-") || width(hostPort) == width(containerPort);
        }

        /** The range of {@code ip:hostPort:}, or of the whole word when the spec is not literal. */
        public SourceRange hostPrefixRange() {
            return literal ? word.range(0, hostPrefix.length()) : word.range();
        }
    }

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final String IP = "(" + OCTET + "(\\." + OCTET + "){3}|\\[[0-9A-Fa-f:.]+])?";

    private ExposedPorts() {
    }

    /** A port or range BuildKit accepts (empty only where allowed): numbers up to 65535, the end not below the start. */
    private static boolean validPorts(String range, boolean mayBeEmpty) {
        if (range.isEmpty()) {
            return mayBeEmpty;
        }
        if (!range.matches("\\d{1,5}(-\\d{1,5})?")) {
            return false;
        }
        String[] ends = range.split("-");
        return Integer.parseInt(ends[0]) <= 65535 && Integer.parseInt(ends[ends.length - 1]) <= 65535 && width(range) >= 0;
    }

    private static int width(String range) {
        String[] ends = range.split("-");
        return ends.length == 1 ? 0 : Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]);
    }

    public static List<Port> of(ExposeInstruction expose, Dockerfile dockerfile) {
        List<Port> ports = new ArrayList<>();
        for (Word word : expose.ports()) {
            Expanded expanded = Expanded.of(word.text(), dockerfile.scope(expose), dockerfile.escape());
            boolean literal = word.isVerbatim() && expanded.words().size() == 1
                    && expanded.words().get(0).equals(word.text());
            for (String spec : expanded.words()) {
                ports.add(port(spec, word, literal));
            }
        }
        return ports;
    }

    private static Port port(String spec, Word word, boolean literal) {
        String[] parts = spec.split(":", -1);
        int n = parts.length;
        String container = parts[n - 1];
        String prefix = n == 1 ? "" : spec.substring(0, spec.length() - container.length());
        String hostPort = n >= 2 ? parts[n - 2] : "";
        String ip = n >= 3 ? String.join(":", Arrays.copyOfRange(parts, 0, n - 2)) : "";
        int slash = container.indexOf('/');
        String protocol = slash < 0 ? "" : container.substring(slash + 1);
        String port = slash < 0 ? container : container.substring(0, slash);
        return new Port(spec, word, literal, prefix, ip, hostPort, port, protocol);
    }
}
