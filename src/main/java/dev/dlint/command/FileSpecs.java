package dev.dlint.command;

import java.util.List;

/**
 * File and text tools, options from GNU coreutils, tar, sed and findutils ({@code --help} of the versions in Debian 12),
 * Info-ZIP unzip, GnuPG 2, shadow's useradd/groupadd, Debian's and BusyBox's adduser/addgroup, and the shell's {@code cd}.
 */
final class FileSpecs {
    private FileSpecs() {
    }

    static List<ToolSpec> all() {
        return List.of(rm(), cp(), mv(), mkdir(), chown(), chmod(), ln(), mktemp(), cd(), checksums(), sed(), find(), tar(),
                unzip(), gpg(), useradd(), usermod(), groupadd(), adduser(), addgroup(), install());
    }

    private static ToolSpec gnu(CommandSpec.Builder root, String... names) {
        return ToolSpec.builder(root.build().name()).names(names).root(root.build()).abbreviations().build();
    }

    static ToolSpec rm() {
        return gnu(CommandSpec.builder("rm")
                .flags("-f --force", "-i", "-I", "--one-file-system", "--no-preserve-root", "-r -R --recursive", "-d --dir",
                        "-v --verbose", "--help", "--version")
                .optionalValues("--interactive", "--preserve-root"));
    }

    static ToolSpec cp() {
        return gnu(CommandSpec.builder("cp")
                .flags("-a --archive", "--attributes-only", "-b", "--copy-contents", "-d", "-f --force", "-i --interactive",
                        "-H", "-l --link", "-L --dereference", "-n --no-clobber", "-P --no-dereference", "-p", "--parents",
                        "-R -r --recursive", "--remove-destination", "--strip-trailing-slashes", "-s --symbolic-link",
                        "-T --no-target-directory", "-v --verbose", "-x --one-file-system", "-Z", "--debug", "--help",
                        "--version")
                .values("--no-preserve", "-S --suffix", "-t --target-directory")
                .optionalValues("--backup", "--preserve", "--reflink", "--sparse", "--context", "-u --update"));
    }

    static ToolSpec mv() {
        return gnu(CommandSpec.builder("mv")
                .flags("-b", "-f --force", "-i --interactive", "-n --no-clobber", "--strip-trailing-slashes",
                        "-T --no-target-directory", "-v --verbose", "-Z --context", "--debug", "--exchange", "--no-copy",
                        "--help", "--version")
                .values("-S --suffix", "-t --target-directory")
                .optionalValues("--backup", "-u --update"));
    }

    static ToolSpec mkdir() {
        return gnu(CommandSpec.builder("mkdir").flags("-p --parents", "-v --verbose", "-Z", "--help", "--version")
                .values("-m --mode").optionalValues("--context"));
    }

    static ToolSpec chown() {
        return gnu(CommandSpec.builder("chown")
                .flags("-c --changes", "-f --silent --quiet", "-v --verbose", "--dereference", "-h --no-dereference",
                        "--no-preserve-root", "--preserve-root", "-R --recursive", "-H", "-L", "-P", "--help", "--version")
                .values("--from", "--reference"), "chgrp");
    }

    static ToolSpec chmod() {
        return gnu(CommandSpec.builder("chmod")
                .flags("-c --changes", "-f --silent --quiet", "-v --verbose", "--no-preserve-root", "--preserve-root",
                        "-R --recursive", "--dereference", "-h --no-dereference", "-H", "-L", "-P", "--help", "--version")
                .values("--reference"));
    }

    static ToolSpec ln() {
        return gnu(CommandSpec.builder("ln")
                .flags("-b", "-d -F --directory", "-f --force", "-i --interactive", "-L --logical", "-n --no-dereference",
                        "-P --physical", "-r --relative", "-s --symbolic", "-T --no-target-directory", "-v --verbose",
                        "--help", "--version")
                .values("-S --suffix", "-t --target-directory")
                .optionalValues("--backup"));
    }

    static ToolSpec mktemp() {
        return gnu(CommandSpec.builder("mktemp")
                .flags("-d --directory", "-u --dry-run", "-q --quiet", "-t", "--help", "--version")
                .values("--suffix", "-p")
                .optionalValues("--tmpdir"));
    }

    static ToolSpec cd() {
        return ToolSpec.builder("cd").root(CommandSpec.builder("cd").flags("-L", "-P", "-e", "-@").build()).build();
    }

    static ToolSpec checksums() {
        return gnu(CommandSpec.builder("sha256sum")
                .flags("-b --binary", "-c --check", "--tag", "-t --text", "-z --zero", "--ignore-missing", "--quiet",
                        "--status", "--strict", "-w --warn", "--help", "--version"),
                "sha1sum", "sha224sum", "sha384sum", "sha512sum", "md5sum", "b2sum");
    }

    static ToolSpec sed() {
        return gnu(CommandSpec.builder("sed")
                .flags("-n --quiet --silent", "--debug", "--follow-symlinks", "--posix", "-E -r --regexp-extended",
                        "-s --separate", "--sandbox", "-u --unbuffered", "-z --null-data", "--help", "--version")
                .values("-e --expression", "-f --file", "-l --line-length")
                .optionalValues("-i --in-place"));
    }

    /**
     * find(1): global options, then starting points, then an expression whose primaries are single-dash words, several
     * with a value; {@code -exec}/{@code -execdir}/{@code -ok}/{@code -okdir} take the words up to {@code ;} or {@code +}.
     */
    static ToolSpec find() {
        CommandSpec.Builder root = CommandSpec.builder("find")
                .flags("-H", "-L", "-P", "-print", "-print0", "-delete", "-prune", "-quit", "-ls", "-empty", "-true",
                        "-false", "-readable", "-writable", "-executable", "-nouser", "-nogroup", "-depth", "-xdev",
                        "-mount", "-follow", "-noleaf", "-daystart", "-ignore_readdir_race", "-noignore_readdir_race",
                        "-not", "-a", "-o", "-and", "-or", "-help --help", "-version --version")
                .values("-D", "-name", "-iname", "-path", "-ipath", "-wholename", "-iwholename", "-regex", "-iregex",
                        "-regextype", "-type", "-xtype", "-user", "-group", "-uid", "-gid", "-perm", "-size", "-mtime",
                        "-mmin", "-atime", "-amin", "-ctime", "-cmin", "-used", "-newer", "-anewer", "-cnewer",
                        "-newermt", "-newerct", "-newerat", "-newermm", "-maxdepth", "-mindepth", "-links", "-inum",
                        "-samefile", "-fstype", "-lname", "-ilname", "-context", "-printf", "-fprint", "-fprint0",
                        "-fls", "-files0-from", "-fprintf")
                .option(OptionSpec.of("-exec", Arity.REQUIRED).upTo(";", "+"))
                .option(OptionSpec.of("-execdir", Arity.REQUIRED).upTo(";", "+"))
                .option(OptionSpec.of("-ok", Arity.REQUIRED).upTo(";"))
                .option(OptionSpec.of("-okdir", Arity.REQUIRED).upTo(";"));
        return ToolSpec.builder("find").style(ParseStyle.SINGLE_DASH).root(root.build()).build();
    }

    static ToolSpec tar() {
        CommandSpec root = CommandSpec.builder("tar")
                .flags("-A --catenate --concatenate", "-c --create", "--delete", "-d --diff --compare", "-r --append",
                        "--test-label", "-t --list", "-u --update", "-x --extract --get", "--check-device",
                        "-G --incremental", "--ignore-failed-read", "--no-check-device", "--no-seek", "-n --seek",
                        "-S --sparse", "--exclude-backups", "--exclude-caches", "--exclude-caches-all",
                        "--exclude-caches-under", "--exclude-vcs", "--exclude-vcs-ignores", "--no-null", "--no-recursion",
                        "--no-unquote", "--no-verbatim-files-from", "--null", "--recursion", "--unquote",
                        "--verbatim-files-from", "--anchored", "--ignore-case", "--no-anchored", "--no-ignore-case",
                        "--no-wildcards", "--no-wildcards-match-slash", "--wildcards", "--wildcards-match-slash",
                        "--keep-directory-symlink", "--keep-newer-files", "-k --keep-old-files", "--no-overwrite-dir",
                        "--overwrite", "--overwrite-dir", "--recursive-unlink", "--remove-files", "--skip-old-files",
                        "-U --unlink-first", "-W --verify", "--ignore-command-error", "--no-ignore-command-error",
                        "-O --to-stdout", "--clamp-mtime", "--delay-directory-restore", "-m --touch",
                        "--no-delay-directory-restore", "--no-same-owner", "--no-same-permissions", "--numeric-owner",
                        "-p --preserve-permissions --same-permissions", "--same-owner", "-s --preserve-order --same-order",
                        "--acls", "--no-acls", "--no-selinux", "--no-xattrs", "--selinux", "--xattrs", "--force-local",
                        "-M --multi-volume", "-B --read-full-records", "-i --ignore-zeros", "--old-archive --portability",
                        "--posix", "-a --auto-compress", "-j --bzip2", "-J --xz", "--lzip", "--lzma", "--lzop",
                        "--no-auto-compress", "--zstd", "-z --gzip --gunzip --ungzip", "-Z --compress --uncompress",
                        "--hard-dereference", "-h --dereference", "--one-file-system", "-P --absolute-names", "--full-time",
                        "-l --check-links", "-R --block-number", "--show-defaults", "--show-omitted-dirs",
                        "--show-snapshot-field-ranges", "--show-transformed-names --show-stored-names", "--utc",
                        "-v --verbose", "-w --interactive --confirmation", "-o", "-? --help", "--restrict", "--usage",
                        "--version")
                .values("-g --listed-incremental", "--hole-detection", "--level", "--sparse-version", "--add-file",
                        "-C --directory", "--exclude", "--exclude-ignore", "--exclude-ignore-recursive", "--exclude-tag",
                        "--exclude-tag-all", "--exclude-tag-under", "-T --files-from", "-X --exclude-from", "--to-command",
                        "--group", "--group-map", "--mode", "--mtime", "--owner", "--owner-map", "--sort",
                        "--xattrs-exclude", "--xattrs-include", "-f --file", "-F --info-script --new-volume-script",
                        "-L --tape-length", "--rmt-command", "--rsh-command", "--volno-file", "-b --blocking-factor",
                        "--record-size", "-H --format", "--pax-option", "-V --label", "-I --use-compress-program",
                        "-K --starting-file", "--newer-mtime", "-N --newer --after-date", "--suffix", "--strip-components",
                        "--transform --xform", "--checkpoint-action", "--index-file", "--no-quote-chars", "--quote-chars",
                        "--quoting-style", "--warning")
                .optionalValues("--occurrence", "--one-top-level", "--atime-preserve", "--backup", "--checkpoint",
                        "--totals")
                .build();
        return ToolSpec.builder("tar").names("gtar", "bsdtar").root(root).abbreviations().bundledFirstWord().build();
    }

    static ToolSpec unzip() {
        CommandSpec root = CommandSpec.builder("unzip")
                .flags("-Z", "-p", "-l", "-f", "-t", "-u", "-z", "-v", "-T", "-n", "-q", "-o", "-a", "-j", "-U", "-C",
                        "-L", "-X", "-V", "-K", "-M", "-c", "-b", "-B", "-D", "-E", "-F", "-N", "-s", "-W", "-h", "-$", "-:",
                        "-^", "-2")
                .values("-d", "-P", "-I", "-O")
                .lists("-x")
                .build();
        return ToolSpec.builder("unzip").root(root).build();
    }

    static ToolSpec gpg() {
        CommandSpec root = CommandSpec.builder("gpg")
                .flags("-s --sign", "--clear-sign --clearsign", "-b --detach-sign", "-e --encrypt", "-c --symmetric",
                        "-d --decrypt", "--verify", "--verify-files", "-k --list-keys --list-public-keys",
                        "-K --list-secret-keys", "--list-signatures --list-sigs", "--check-signatures --check-sigs",
                        "--fingerprint", "--list-packets", "--gen-key --generate-key", "--full-gen-key --full-generate-key",
                        "--quick-gen-key --quick-generate-key", "--import", "--fast-import", "--export", "--export-secret-keys",
                        "--recv-keys --receive-keys", "--refresh-keys", "--search-keys", "--fetch-keys", "--send-keys",
                        "--delete-keys", "--delete-secret-keys", "--edit-key", "--sign-key", "--lsign-key",
                        "--update-trustdb", "--check-trustdb", "--import-ownertrust", "--export-ownertrust", "--dearmor",
                        "--enarmor", "--print-md", "--gen-random", "-a --armor", "--no-armor", "--batch", "--no-batch",
                        "--yes", "--no", "-q --quiet", "-v --verbose", "--no-tty", "--no-default-keyring",
                        "--always-trust", "--with-colons", "--with-fingerprint", "--with-subkey-fingerprint",
                        "--with-keygrip", "--show-keys", "--list-config", "--auto-key-retrieve", "--no-auto-key-retrieve",
                        "--no-permission-warning", "--no-greeting", "--no-options", "--no-secmem-warning",
                        "--ignore-time-conflict", "--ignore-valid-from", "--skip-verify", "--no-symkey-cache",
                        "--allow-weak-digest-algos", "-n --dry-run", "-i --interactive", "--version", "-h --help")
                .values("--keyserver", "--homedir", "-o --output", "-r --recipient", "-R --hidden-recipient",
                        "-u --local-user", "--default-key", "--default-recipient", "--encrypt-to", "--hidden-encrypt-to",
                        "--keyring", "--secret-keyring", "--primary-keyring", "--trustdb-name", "--keyserver-options",
                        "--import-options", "--export-options", "--list-options", "--verify-options", "--options",
                        "--status-fd", "--status-file", "--logger-fd", "--logger-file --log-file", "--attribute-fd",
                        "--passphrase", "--passphrase-fd", "--passphrase-file", "--passphrase-repeat", "--pinentry-mode",
                        "--command-fd", "--command-file", "--trust-model", "--cipher-algo", "--digest-algo",
                        "--compress-algo", "--cert-digest-algo", "-z", "--compress-level", "--bzip2-compress-level",
                        "--trusted-key", "--set-filename", "--comment", "--agent-program", "--dirmngr-program",
                        "--display-charset --charset", "--faked-system-time", "--known-notation", "--tofu-policy",
                        "--tofu-default-policy", "--sender", "--max-output", "--default-new-key-algo", "--weak-digest",
                        "--compliance", "--auto-key-locate", "--key-origin", "--request-origin", "--s2k-cipher-algo",
                        "--s2k-digest-algo", "--s2k-mode", "--s2k-count", "--personal-cipher-preferences",
                        "--personal-digest-preferences", "--personal-compress-preferences", "-N --set-notation",
                        "--sig-notation", "--cert-notation", "--sig-keyserver-url", "--sig-policy-url", "--cert-policy-url",
                        "--set-policy-url", "--debug-level", "--debug", "--photo-viewer", "--exec-path", "--group",
                        "--ungroup", "--default-preference-list", "--default-keyserver-url", "--default-cert-level",
                        "--min-cert-level", "--completes-needed", "--marginals-needed", "--max-cert-depth",
                        "--keyid-format", "--import-filter", "--export-filter", "--lc-ctype", "--lc-messages", "--ttyname",
                        "--ttytype", "--display", "--xauthority", "--chuid", "--override-session-key",
                        "--override-session-key-fd", "--emit-version", "--assert-signer", "--assert-pubkey-algo")
                .build();
        return ToolSpec.builder("gpg").names("gpg2").root(root).abbreviations().build();
    }

    static ToolSpec useradd() {
        return gnu(CommandSpec.builder("useradd")
                .flags("--badname", "--btrfs-subvolume-home", "-D --defaults", "-F --add-subids-for-system",
                        "-h --help", "-l --no-log-init", "-m --create-home", "-M --no-create-home", "-N --no-user-group",
                        "-o --non-unique", "-r --system", "-U --user-group")
                .values("-b --base-dir", "-c --comment", "-d --home-dir", "-e --expiredate", "-f --inactive", "-g --gid",
                        "-G --groups", "-k --skel", "-K --key", "-p --password", "-R --root", "-P --prefix", "-s --shell",
                        "-u --uid", "-Z --selinux-user", "--selinux-range"));
    }

    static ToolSpec usermod() {
        return gnu(CommandSpec.builder("usermod")
                .flags("-a --append", "-b --badname", "-r --remove", "-h --help", "-L --lock", "-m --move-home", "-o --non-unique",
                        "-U --unlock")
                .values("-c --comment", "-d --home", "-e --expiredate", "-f --inactive", "-g --gid",
                        "-G --groups", "-l --login", "-p --password", "-P --prefix", "-R --root", "-s --shell", "-u --uid",
                        "-v --add-subuids", "-V --del-subuids", "-w --add-subgids", "-W --del-subgids",
                        "-Z --selinux-user", "--selinux-range"));
    }

    static ToolSpec install() {
        return gnu(CommandSpec.builder("install")
                .flags("-b", "-c", "-C --compare", "-d --directory", "-D", "-p --preserve-timestamps", "-s --strip",
                        "-T --no-target-directory", "-v --verbose", "--preserve-context", "-Z", "--debug", "--help",
                        "--version")
                .values("-g --group", "-m --mode", "-o --owner", "--strip-program", "-S --suffix",
                        "-t --target-directory")
                .optionalValues("--backup", "--context"));
    }

    static ToolSpec groupadd() {
        return gnu(CommandSpec.builder("groupadd")
                .flags("-f --force", "-h --help", "-o --non-unique", "-r --system", "-U --users")
                .values("-g --gid", "-K --key", "-p --password", "-R --root", "-P --prefix"));
    }

    /** Debian's adduser (long options) and BusyBox's (the short options of Alpine images) in one. */
    static ToolSpec adduser() {
        return gnu(CommandSpec.builder("adduser")
                .flags("--disabled-password", "--disabled-login", "--no-create-home", "--system", "--group",
                        "--quiet", "-q", "--debug", "--force-badname", "--allow-badname", "--allow-all-names",
                        "--add-extra-groups", "--add_extra_groups", "--encrypt-home", "--extrausers", "--help", "--version",
                        "-D", "-H", "-S", "-v --verbose")
                .values("--home", "--shell", "--uid", "--firstuid", "--lastuid", "--firstgid", "--lastgid", "--gecos",
                        "--comment", "--ingroup", "--gid", "--conf", "--key", "-h", "-g", "-s", "-G", "-u", "-k", "-c", "-b"));
    }

    static ToolSpec addgroup() {
        return gnu(CommandSpec.builder("addgroup")
                .flags("--system", "--quiet", "--debug", "--force-badname", "--allow-badname", "--help", "--version",
                        "-S")
                .values("--gid", "--conf", "-g"));
    }
}
