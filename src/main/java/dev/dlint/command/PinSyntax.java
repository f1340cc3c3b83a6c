package dev.dlint.command;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a package manager's operands name a version, and whether one operand does. The text is the operand after quote
 * removal with expansions as written ({@code git-core-${version}}); a rule that knows the variables' values may substitute
 * them first.
 */
public enum PinSyntax {
    /** {@code pkg=1.2*}; also fine: a {@code .deb} file and {@code pkg/release} or a path. */
    APT {
        @Override
        public boolean isPinned(String text) {
            return text.contains("=") || text.contains("/") || text.endsWith(".deb");
        }
    },
    /** {@code pkg=1.2}, {@code pkg~1.2}, {@code pkg>1.2}, {@code pkg<1.2}; also fine: a {@code .apk} file. */
    APK {
        @Override
        public boolean isPinned(String text) {
            return text.indexOf('=') > 0 || text.indexOf('~') > 0 || text.indexOf('<') > 0 || text.indexOf('>') > 0
                    || text.endsWith(".apk");
        }
    },
    /**
     * {@code name-version} with a version segment that starts with a digit ({@code tomcat-9.2}, {@code openssl-1:1.1.1k},
     * {@code gcc-c++-1.1.1}); also fine: a {@code .rpm} file or URL.
     */
    RPM {
        @Override
        public boolean isPinned(String text) {
            return RPM_VERSION.matcher(text).matches() || text.endsWith(".rpm");
        }
    },
    /** {@code name=1.2}, {@code >=}, {@code >}, {@code <=}, {@code <}; also fine: a {@code .rpm} file. */
    ZYPPER {
        @Override
        public boolean isPinned(String text) {
            return text.indexOf('=') > 0 || text.indexOf('<') > 0 || text.indexOf('>') > 0 || text.endsWith(".rpm");
        }
    },
    /**
     * A PEP 440 specifier ({@code == >= <= > < != ~= ===}); a VCS URL with {@code @ref}; also fine: a wheel or source
     * archive, a path or URL (anything with {@code /}), {@code .}.
     */
    PIP {
        @Override
        public boolean isPinned(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (VCS.matcher(lower).find()) {
                int scheme = lower.indexOf("://");
                int pathStart = scheme < 0 ? -1 : lower.indexOf('/', scheme + 3);
                int fragment = lower.indexOf('#');
                String path = pathStart < 0 ? "" : lower.substring(pathStart, fragment < 0 ? lower.length() : fragment);
                return path.contains("@");
            }
            return text.contains("=") || text.contains("<") || text.contains(">") || lower.endsWith(".whl")
                    || lower.endsWith(".tar.gz") || lower.endsWith(".zip") || lower.endsWith(".tgz")
                    || lower.endsWith(".tar.bz2") || text.contains("/") || text.equals(".");
        }
    },
    /**
     * {@code pkg@version}, scope-aware ({@code @scope/pkg@1.0}), other than the moving tag {@code @latest}; a git URL
     * needs {@code #ref}; also fine: a tarball and a path ({@code / ./ ../ ~/}).
     */
    NPM {
        @Override
        public boolean isPinned(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".tar") || lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
                return true;
            }
            if (text.startsWith("/") || text.startsWith("./") || text.startsWith("../") || text.startsWith("~/")
                    || text.equals(".")) {
                return true;
            }
            if (lower.contains("://") || lower.startsWith("git") || lower.startsWith("github:")
                    || lower.startsWith("gitlab:") || lower.startsWith("bitbucket:")) {
                return text.contains("#");
            }
            int at = text.indexOf('@', 1);
            return at > 0 && !text.substring(at + 1).equals("latest");
        }
    },
    /** {@code gem:version}, or a {@code -v}/{@code --version} option (which the classifier reads). */
    GEM {
        @Override
        public boolean isPinned(String text) {
            return text.indexOf(':') > 0 || text.endsWith(".gem");
        }
    },
    /** {@code pkg@version} other than {@code @latest}, {@code @none}, {@code @upgrade}, {@code @patch}; also fine: a local path. */
    GO {
        @Override
        public boolean isPinned(String text) {
            if (text.equals(".") || text.startsWith("/") || text.startsWith("./") || text.startsWith("../")
                    || text.endsWith(".go")) {
                return true;
            }
            int at = text.lastIndexOf('@');
            if (at <= 0 || at == text.length() - 1) {
                return false;
            }
            String version = text.substring(at + 1);
            return !(version.equals("latest") || version.equals("none") || version.equals("upgrade")
                    || version.equals("patch"));
        }
    },
    /** {@code crate@1.2}, or {@code --version}/{@code --path}/{@code --git} with a ref (read by the classifier). */
    CARGO {
        @Override
        public boolean isPinned(String text) {
            return text.indexOf('@') > 0;
        }
    },
    /** {@code vendor/pkg:^1.0} or {@code vendor/pkg=1.0} (or {@code "vendor/pkg 1.0"}). */
    COMPOSER {
        @Override
        public boolean isPinned(String text) {
            return text.indexOf(':') > 0 || text.indexOf('=') > 0 || text.strip().indexOf(' ') > 0;
        }
    },
    /** poetry's {@code pkg@^1.0}, {@code pkg==1.0}, {@code pkg>=1.0}; also fine: a path or URL. */
    POETRY {
        @Override
        public boolean isPinned(String text) {
            return text.indexOf('@') > 0 || text.contains("=") || text.contains("<") || text.contains(">")
                    || text.contains("/");
        }
    },
    /** Packages are not named on the command line, or no version syntax exists. */
    NONE {
        @Override
        public boolean isPinned(String text) {
            return true;
        }
    };

    private static final Pattern RPM_VERSION = Pattern.compile(".+?-[0-9][A-Za-z0-9.~^_:+*-]*");
    private static final Pattern VCS = Pattern.compile("^(git|hg|svn|bzr)\\+");

    /** Whether the operand names a version (or a thing that needs none, like a local file). */
    public abstract boolean isPinned(String text);

    /** How {@code name} is written with a version in this syntax, for messages: {@code curl=<version>}. */
    public String pinned(String name) {
        switch (this) {
            case APT:
            case APK:
            case ZYPPER:
                return name + "=<version>";
            case RPM:
                return name + "-<version>";
            case PIP:
                return name + "==<version>";
            case GEM:
                return name + ":<version>";
            case COMPOSER:
                return name + ":<version>";
            default:
                return name + "@<version>";
        }
    }
}
