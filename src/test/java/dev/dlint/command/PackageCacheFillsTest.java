package dev.dlint.command;

import static dev.dlint.command.Commands.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PackageOperation#fills()}: which caches a command leaves by itself, before mounts and variables set outside it;
 * the cases the package-cache rule builds on.
 */
class PackageCacheFillsTest {

    static String fills(String script) {
        PackageOperation op = PackageOperation.classify(one(script)).orElseThrow();
        return op.fills().stream().map(CacheDirectory::display).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "apt-get update|/var/lib/apt/lists",
        "apt update|/var/lib/apt/lists",
        "aptitude update|/var/lib/apt/lists",
        "apt-get install -y curl|",
        "apt-get dist-upgrade -y|",
        "apt-get dist-clean|",
        "apk add curl|/var/cache/apk /etc/apk/cache",
        "apk update|/var/cache/apk /etc/apk/cache",
        "apk add --no-cache curl|",
        "apk --no-cache add curl|",
        "apk add --no-network --virtual .rundeps so:libc.so|",
        "apk add --cache-dir /tmp/apk curl|",
        "apk del curl|",
        "pip install flask|~/.cache/pip",
        "python3 -m pip install flask|~/.cache/pip",
        "pip install --no-cache-dir flask|",
        "pip --no-cache-dir install flask|",
        "PIP_NO_CACHE_DIR=1 pip install flask|",
        "PIP_NO_CACHE_DIR=0 pip install flask|~/.cache/pip",
        "pip uninstall -y flask|",
        "uv --no-cache pip install flask|",
        "yum install -y httpd|/var/cache/yum",
        "yum clean all|",
        "dnf install -y httpd|/var/cache/dnf /var/cache/libdnf5",
        "dnf -y upgrade|/var/cache/dnf /var/cache/libdnf5",
        "microdnf install -y httpd|/var/cache/yum /var/cache/libdnf5",
        "zypper -n install httpd|/var/cache/zypp",
        "yarn|/usr/local/share/.cache/yarn ~/.cache/yarn ~/.yarn/berry/cache",
        "yarn --version|",
        "yarn -v|",
        "bundle --version|",
        "npm ci|~/.npm/_cacache",
        "npm run build|",
    })
    void cachesACommandFills(String script, String expected) {
        assertThat(fills(script)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "apt-get dist-clean|/var/cache/apt/archives /var/cache/apt/*.bin /var/lib/apt/lists",
        "apt-get distclean|/var/cache/apt/archives /var/cache/apt/*.bin /var/lib/apt/lists",
        "apt-get clean|/var/cache/apt/archives /var/cache/apt/*.bin",
        "zypper clean|/var/cache/zypp/packages",
        "zypper clean --all|/var/cache/zypp/packages /var/cache/zypp",
    })
    void cleansAndWhatTheyDelete(String script, String expected) {
        PackageOperation op = PackageOperation.classify(one(script)).orElseThrow();
        assertThat(op.kind()).isEqualTo(OperationKind.CLEAN);
        assertThat(op.cleaned().stream().map(CacheDirectory::display).collect(Collectors.joining(" ")))
                .isEqualTo(expected);
    }
}
