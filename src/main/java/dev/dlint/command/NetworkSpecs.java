package dev.dlint.command;

import java.util.List;

/**
 * Download and source tools: curl (the options of {@code curl --help all}, 7.88, plus the value-taking ones added up to
 * 8.x), GNU Wget 1.21 ({@code wget --help}) and git (git(1) and the manuals of its common subcommands).
 */
final class NetworkSpecs {
    private NetworkSpecs() {
    }

    static List<ToolSpec> all() {
        return List.of(curl(), wget(), git());
    }

    static ToolSpec curl() {
        CommandSpec root = CommandSpec.builder("curl")
                .flags(
                        "--anyauth", "-a --append", "--basic", "--cert-status", "--compressed", "--compressed-ssh",
                        "--create-dirs", "--crlf", "--digest", "-q --disable", "--disable-eprt", "--disable-epsv",
                        "--disallow-username-in-url", "--doh-cert-status", "--doh-insecure", "-f --fail",
                        "--fail-early", "--fail-with-body", "--false-start", "--form-escape", "--ftp-create-dirs",
                        "--ftp-pasv", "--ftp-pret", "--ftp-skip-pasv-ip", "--ftp-ssl-ccc", "--ftp-ssl-control",
                        "-G --get", "-g --globoff", "--haproxy-protocol", "-I --head", "--http0.9", "-0 --http1.0",
                        "--http1.1", "--http2", "--http2-prior-knowledge", "--http3", "--http3-only",
                        "--ignore-content-length", "-i --include", "-k --insecure", "-4 --ipv4", "-6 --ipv6",
                        "-j --junk-session-cookies", "-l --list-only", "-L --location", "--location-trusted",
                        "--mail-rcpt-allowfails", "-M --manual", "--metalink", "--negotiate", "-n --netrc",
                        "--netrc-optional", "--next", "--no-alpn", "-N --no-buffer", "--no-clobber",
                        "--no-keepalive", "--no-npn", "--no-progress-meter", "--no-sessionid", "--ntlm", "--ntlm-wb",
                        "-Z --parallel", "--parallel-immediate", "--path-as-is", "--post301", "--post302",
                        "--post303", "-# --progress-bar", "--proxy-anyauth", "--proxy-basic", "--proxy-digest",
                        "--proxy-insecure", "--proxy-negotiate", "--proxy-ntlm", "--proxy-ssl-allow-beast",
                        "--proxy-ssl-auto-client-cert", "--proxy-tlsv1", "-p --proxytunnel", "--raw",
                        "-J --remote-header-name", "-O --remote-name", "--remote-name-all", "-R --remote-time",
                        "--remove-on-error", "--retry-all-errors", "--retry-connrefused", "--sasl-ir",
                        "-S --show-error", "-s --silent", "--socks5-basic", "--socks5-gssapi", "--socks5-gssapi-nec",
                        "--ssl", "--ssl-allow-beast", "--ssl-auto-client-cert", "--ssl-no-revoke", "--ssl-reqd",
                        "--ssl-revoke-best-effort", "-2 --sslv2", "-3 --sslv3", "--styled-output",
                        "--suppress-connect-headers", "--tcp-fastopen", "--tcp-nodelay", "--tftp-no-options",
                        "-1 --tlsv1", "--tlsv1.0", "--tlsv1.1", "--tlsv1.2", "--tlsv1.3", "--tr-encoding",
                        "--trace-time", "-B --use-ascii", "-v --verbose", "-V --version", "--xattr", "-h --help", "--ca-native", "--proxy-ca-native", "--mptcp", "--skip-existing", "--proxy-http2", "--ssl-sessions-off",
                        "--dump-ca-embed", "--trace-ids")
                .values(
                        "--abstract-unix-socket", "--alt-svc", "--aws-sigv4", "--cacert", "--capath", "-E --cert",
                        "--cert-type", "--ciphers", "-K --config", "--connect-timeout", "--connect-to",
                        "-C --continue-at", "-b --cookie", "-c --cookie-jar", "--create-file-mode", "--crlfile",
                        "--curves", "-d --data", "--data-ascii", "--data-binary", "--data-raw", "--data-urlencode",
                        "--delegation", "--dns-interface", "--dns-ipv4-addr", "--dns-ipv6-addr", "--dns-servers",
                        "--doh-url", "-D --dump-header", "--egd-file", "--engine", "--etag-compare", "--etag-save",
                        "--expect100-timeout", "-F --form", "--form-string", "--ftp-account",
                        "--ftp-alternative-to-user", "--ftp-method", "-P --ftp-port", "--ftp-ssl-ccc-mode",
                        "--happy-eyeballs-timeout-ms", "-H --header", "--hostpubmd5", "--hostpubsha256", "--hsts",
                        "--interface", "--json", "--keepalive-time", "--key", "--key-type", "--krb", "--libcurl",
                        "--limit-rate", "--local-port", "--login-options", "--mail-auth", "--mail-from",
                        "--mail-rcpt", "--max-filesize", "--max-redirs", "-m --max-time", "--netrc-file",
                        "--noproxy", "--oauth2-bearer", "-o --output", "--output-dir", "--parallel-max", "--pass",
                        "--pinnedpubkey", "--proto", "--proto-default", "--proto-redir", "--proxy-cacert",
                        "--proxy-capath", "--proxy-cert", "--proxy-cert-type", "--proxy-ciphers", "--proxy-crlfile",
                        "--proxy-header", "--proxy-key", "--proxy-key-type", "--proxy-pass", "--proxy-pinnedpubkey",
                        "--proxy-service-name", "--proxy-tls13-ciphers", "--proxy-tlsauthtype",
                        "--proxy-tlspassword", "--proxy-tlsuser", "-U --proxy-user", "--proxy1.0", "--pubkey",
                        "-Q --quote", "--random-file", "-r --range", "--rate", "-e --referer", "-X --request",
                        "--request-target", "--resolve", "--retry", "--retry-delay", "--retry-max-time",
                        "--sasl-authzid", "--service-name", "--socks4", "--socks4a", "--socks5",
                        "--socks5-gssapi-service", "--socks5-hostname", "-Y --speed-limit", "-y --speed-time",
                        "--stderr", "-t --telnet-option", "--tftp-blksize", "-z --time-cond", "--tls-max",
                        "--tls13-ciphers", "--tlsauthtype", "--tlspassword", "--tlsuser", "--trace", "--trace-ascii",
                        "--unix-socket", "-T --upload-file", "--url", "--url-query", "-u --user", "-A --user-agent",
                        "-w --write-out", "--preproxy", "-x --proxy", "--variable", "--ip-tos", "--vlan-priority", "--keepalive-cnt", "--ech",
                        "--trace-config", "--sigalgs", "--ssl-sessions", "--knownhosts", "--haproxy-clientip",
                        "--upload-flags", "--expand-data", "--expand-header", "--expand-url", "--expand-output",
                        "--expand-json", "--expand-user", "--expand-form", "--expand-cookie", "--expand-request",
                        "--proxy-tlsv1-ciphers")
                .build();
        return ToolSpec.builder("curl").root(root).build();
    }

    /** Wget takes {@code -nv}, {@code -nc}, {@code -nd}, {@code -nH}, {@code -np} as whole words. */
    static ToolSpec wget() {
        CommandSpec root = CommandSpec.builder("wget")
                .flags("-V --version", "-h --help", "-b --background", "-d --debug", "-q --quiet", "-v --verbose",
                        "-nv --no-verbose", "-F --force-html", "--no-config", "--retry-connrefused", "-nc --no-clobber",
                        "--no-netrc", "-c --continue", "--show-progress", "-N --timestamping", "--no-if-modified-since",
                        "--no-use-server-timestamps", "-S --server-response", "--spider", "--random-wait", "--no-proxy",
                        "--no-dns-cache", "--ignore-case", "-4 --inet4-only", "-6 --inet6-only", "--ask-password",
                        "--no-iri", "--unlink", "--xattr", "-nd --no-directories", "-x --force-directories",
                        "-nH --no-host-directories", "--protocol-directories", "--no-cache", "-E --adjust-extension",
                        "--ignore-length", "--save-headers", "--no-http-keep-alive", "--no-cookies",
                        "--keep-session-cookies", "--content-disposition", "--content-on-error", "--auth-no-challenge",
                        "--https-only", "--no-check-certificate", "--check-certificate", "--no-hsts", "--no-remove-listing",
                        "--no-glob", "--no-passive-ftp", "--preserve-permissions", "--retr-symlinks", "--ftps-implicit",
                        "--ftps-resume-ssl", "--ftps-clear-data-connection", "--ftps-fallback-to-ftp", "--warc-cdx",
                        "--no-warc-compression", "--no-warc-digests", "--no-warc-keep-log", "-r --recursive",
                        "--delete-after", "-k --convert-links", "--convert-file-only", "-K --backup-converted",
                        "-m --mirror", "-p --page-requisites", "--strict-comments", "--follow-ftp", "-H --span-hosts",
                        "-L --relative", "--trust-server-names", "-np --no-parent")
                .values("-e --execute", "-o --output-file", "-a --append-output", "--report-speed", "-i --input-file",
                        "-B --base", "--config", "--rejected-log", "-t --tries", "--retry-on-http-error",
                        "-O --output-document", "--start-pos", "--progress", "-T --timeout", "--dns-timeout",
                        "--connect-timeout", "--read-timeout", "-w --wait", "--waitretry", "-Q --quota",
                        "--bind-address", "--limit-rate", "--restrict-file-names", "--prefer-family", "--user",
                        "--password", "--use-askpass", "--local-encoding", "--remote-encoding", "-P --directory-prefix",
                        "--cut-dirs", "--http-user", "--http-password", "--default-page", "--header", "--compression",
                        "--proxy-user", "--proxy-password", "--referer", "-U --user-agent", "--load-cookies",
                        "--save-cookies", "--post-data", "--post-file", "--method", "--body-data", "--body-file",
                        "--secure-protocol", "--certificate", "--certificate-type", "--private-key", "--private-key-type",
                        "--ca-certificate", "--ca-directory", "--crl-file", "--pinnedpubkey", "--ciphers", "--ftp-user",
                        "--ftp-password", "--warc-file", "--warc-header", "--warc-max-size", "--warc-dedup",
                        "--warc-tempdir", "-l --level", "--backups", "-A --accept", "-R --reject", "--accept-regex",
                        "--reject-regex", "--regex-type", "-D --domains", "--exclude-domains", "--follow-tags",
                        "--ignore-tags", "-I --include-directories", "-X --exclude-directories", "--max-redirect",
                        "--hsts-file", "--input-metalink", "--metalink-index", "--preferred-location")
                .build();
        return ToolSpec.builder("wget").style(ParseStyle.WHOLE_WORD).root(root).abbreviations().build();
    }

    static ToolSpec git() {
        CommandSpec clone = CommandSpec.builder("clone")
                .flags("-l --local", "--no-hardlinks", "-s --shared", "--dissociate", "-q --quiet", "-v --verbose",
                        "--progress", "-n --no-checkout", "--bare", "--sparse", "--also-filter-submodules", "--mirror",
                        "--single-branch", "--no-single-branch", "--no-tags", "--shallow-submodules",
                        "--no-shallow-submodules", "--remote-submodules", "--no-remote-submodules", "--reject-shallow")
                .values("--server-option", "--filter", "-o --origin", "-b --branch", "--revision", "-u --upload-pack",
                        "--template", "-c --config", "--depth", "--shallow-since", "--shallow-exclude",
                        "--separate-git-dir", "--ref-format", "-j --jobs", "--bundle-uri", "--reference",
                        "--reference-if-able")
                .optionalValues("--recurse-submodules --recursive")
                .build();
        CommandSpec fetch = CommandSpec.builder("fetch")
                .flags("--all", "-a --append", "--atomic", "--unshallow", "--update-shallow", "--dry-run", "-f --force",
                        "-k --keep", "--multiple", "--prefetch", "-p --prune", "-P --prune-tags", "-n --no-tags",
                        "-t --tags", "--no-recurse-submodules", "-u --update-head-ok", "-q --quiet", "-v --verbose",
                        "--progress", "-4 --ipv4", "-6 --ipv6", "--write-fetch-head", "--no-write-fetch-head",
                        "--set-upstream", "--stdin", "--show-forced-updates", "--auto-gc", "--no-auto-gc",
                        "--auto-maintenance", "--negotiate-only")
                .values("--depth", "--deepen", "--shallow-since", "--shallow-exclude", "--negotiation-tip", "--refmap",
                        "-j --jobs", "--upload-pack", "-o --server-option", "--filter", "--submodule-prefix",
                        "--recurse-submodules-default")
                .optionalValues("--recurse-submodules")
                .build();
        CommandSpec checkout = CommandSpec.builder("checkout")
                .flags("-q --quiet", "--progress", "--no-progress", "-f --force", "--ours", "--theirs", "-t --track",
                        "--no-track", "-l", "--detach", "--ignore-skip-worktree-bits", "-m --merge", "-p --patch",
                        "--ignore-other-worktrees", "--overwrite-ignore", "--no-overwrite-ignore", "--recurse-submodules",
                        "--no-recurse-submodules", "--overlay", "--no-overlay", "--pathspec-file-nul", "--guess",
                        "--no-guess")
                .values("-b", "-B", "--orphan", "--conflict", "--pathspec-from-file")
                .build();
        CommandSpec submodule = CommandSpec.builder("submodule")
                .flags("-q --quiet", "--cached", "--recursive")
                .subcommands(CommandSpec.builder("update")
                                .flags("--init", "--remote", "-N --no-fetch", "--checkout", "--merge", "--rebase",
                                        "--recommend-shallow", "--no-recommend-shallow", "--single-branch",
                                        "--no-single-branch", "-f --force", "--filter")
                                .values("--depth", "-j --jobs", "--reference")
                                .build(),
                        CommandSpec.builder("add").flags("-f --force")
                                .values("-b --branch", "--name", "--reference", "--depth").build(),
                        CommandSpec.builder("foreach").stopAtFirstOperand().build())
                .sub("init", "deinit", "status", "summary", "sync", "absorbgitdirs", "set-branch", "set-url")
                .build();
        CommandSpec config = CommandSpec.builder("config")
                .flags("--global", "--system", "--local", "--worktree", "--add", "--get", "--get-all", "--get-regexp",
                        "--replace-all", "--unset", "--unset-all", "-l --list", "-e --edit", "--bool", "--int",
                        "--bool-or-int", "--path", "--expiry-date", "-z --null", "--name-only", "--show-origin",
                        "--show-scope", "--includes", "--no-includes", "--fixed-value", "--all", "--remove-section",
                        "--rename-section")
                .values("-f --file", "--blob", "--type", "--default", "--comment", "--value", "--url")
                .sub("get", "set", "unset", "list", "edit", "rename-section", "remove-section")
                .build();
        CommandSpec init = CommandSpec.builder("init")
                .flags("-q --quiet", "--bare")
                .values("--template", "--separate-git-dir", "--object-format", "--ref-format", "-b --initial-branch")
                .optionalValues("--shared")
                .build();
        CommandSpec commit = CommandSpec.builder("commit")
                .flags("-a --all", "-p --patch", "--reset-author", "--short", "--branch", "--porcelain", "--long",
                        "-z --null", "-s --signoff", "--no-signoff", "-n --no-verify", "--verify", "--allow-empty",
                        "--allow-empty-message", "-e --edit", "--no-edit", "--amend", "--no-post-rewrite", "-i --include",
                        "-o --only", "-q --quiet", "--dry-run", "--status", "--no-status", "-v --verbose")
                .values("-C --reuse-message", "-c --reedit-message", "--fixup", "--squash", "-F --file", "--author",
                        "--date", "-m --message", "-t --template", "--trailer", "--cleanup", "--pathspec-from-file")
                .optionalValues("-u --untracked-files", "-S --gpg-sign")
                .build();
        CommandSpec log = CommandSpec.builder("log")
                .flags("--oneline", "--all", "--follow", "--no-decorate", "--reverse", "--graph", "-p --patch",
                        "--stat", "--name-only", "--name-status", "--first-parent", "--no-merges", "--merges")
                .values("-n --max-count", "--skip", "--since --after", "--until --before", "--author", "--committer",
                        "--grep", "--format", "-L")
                .optionalValues("--pretty", "--decorate", "--date", "--abbrev")
                .build();
        CommandSpec archive = CommandSpec.builder("archive")
                .flags("-l --list", "-v --verbose", "--worktree-attributes")
                .values("--format", "--prefix", "-o --output", "--add-file", "--add-virtual-file", "--remote", "--exec",
                        "--mtime")
                .build();
        CommandSpec reset = CommandSpec.builder("reset")
                .flags("--soft", "--mixed", "--hard", "--merge", "--keep", "-q --quiet", "-p --patch",
                        "--no-refresh", "--refresh", "-N --intent-to-add")
                .values("--pathspec-from-file")
                .optionalValues("--recurse-submodules")
                .build();
        CommandSpec apply = CommandSpec.builder("apply")
                .flags("--stat", "--numstat", "--summary", "--check", "--index", "--intent-to-add", "--cached",
                        "-3 --3way", "-R --reverse", "--reject", "-z", "--unidiff-zero", "--apply", "--no-add",
                        "--allow-binary-replacement --binary", "--inaccurate-eof", "-v --verbose", "-q --quiet",
                        "--recount", "--allow-empty", "--unsafe-paths", "--ignore-space-change --ignore-whitespace")
                .values("--build-fake-ancestor", "-p", "-C", "--exclude", "--include", "--directory")
                .optionalValues("--whitespace")
                .build();
        CommandSpec remote = CommandSpec.builder("remote")
                .flags("-v --verbose")
                .subcommands(CommandSpec.builder("add").flags("-f", "--tags", "--no-tags")
                        .values("-t", "-m").optionalValues("--mirror").build())
                .sub("rename", "remove rm", "set-head", "set-branches", "get-url", "set-url", "show", "prune", "update")
                .build();
        CommandSpec describe = CommandSpec.builder("describe")
                .flags("--all", "--tags", "--contains", "--long", "--always", "--first-parent", "--exact-match",
                        "--debug")
                .values("--candidates", "--match", "--exclude")
                .optionalValues("--abbrev", "--dirty", "--broken")
                .build();
        CommandSpec pull = CommandSpec.builder("pull")
                .flags("-q --quiet", "-v --verbose", "--ff", "--no-ff", "--ff-only", "--rebase", "--no-rebase",
                        "--all", "--tags", "--unshallow", "--autostash", "--no-autostash")
                .values("--depth", "--deepen", "--shallow-since", "--shallow-exclude", "-s --strategy",
                        "-X --strategy-option", "-j --jobs")
                .optionalValues("--recurse-submodules")
                .build();
        CommandSpec lsRemote = CommandSpec.builder("ls-remote")
                .flags("-h --heads", "-b --branches", "-t --tags", "--refs", "-q --quiet", "--exit-code", "--get-url",
                        "--symref")
                .values("--upload-pack", "--sort", "-o --server-option")
                .build();
        CommandSpec root = CommandSpec.builder("git")
                .flags("-p --paginate", "-P --no-pager", "--bare", "--no-replace-objects", "--no-lazy-fetch",
                        "--literal-pathspecs", "--glob-pathspecs", "--noglob-pathspecs", "--icase-pathspecs",
                        "--no-optional-locks", "--no-advice", "--version", "--help", "--html-path", "--man-path",
                        "--info-path")
                .values("-C", "-c", "--git-dir", "--work-tree", "--namespace", "--config-env", "--super-prefix",
                        "--list-cmds", "--attr-source")
                .optionalValues("--exec-path")
                .subcommands(clone, fetch, checkout, submodule, config, init, commit, log, archive, reset, apply, remote,
                        describe, pull, lsRemote)
                .sub("add", "am", "bisect", "branch", "cherry-pick", "diff", "gc", "grep", "merge", "mv", "rebase",
                        "restore", "revert", "rm", "show", "status", "switch", "tag", "worktree", "rev-parse", "ls-files",
                        "lfs", "sparse-checkout", "stash", "push", "clean", "show-ref", "rev-list",
                        "update-index", "cat-file", "version", "help", "prune", "maintenance")
                .stopAtFirstOperand()
                .build();
        return ToolSpec.builder("git").root(root).abbreviations().build();
    }
}
