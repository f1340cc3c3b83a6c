package dev.dlint.command;

import static dev.dlint.command.Commands.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@link PackageOperation#classify(Invocation)} for every manager: kind, packages, yes, cache settings, cleans. */
class PackageOperationTest {

    static PackageOperation op(String script) {
        return PackageOperation.classify(one(script)).orElseThrow(() -> new AssertionError("no package manager: " + script));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "apt-get install -y curl git|apt|INSTALL|curl git",
        "apt-get -t buster install x=1|apt|INSTALL|x=1",
        "apt-get update|apt|UPDATE_INDEX|",
        "apt-get purge -y x|apt|REMOVE|x",
        "apt-get autoremove -y|apt|REMOVE|",
        "apt-get dist-upgrade -y|apt|UPGRADE|",
        "apt-get clean|apt|CLEAN|",
        "apt full-upgrade|apt|UPGRADE|",
        "aptitude install -y x|apt|INSTALL|x",
        "apt-get changelog x|apt|OTHER|",
        "apk add --no-cache -t .build-deps gcc|apk|INSTALL|gcc",
        "apk update|apk|UPDATE_INDEX|",
        "apk del .build-deps|apk|REMOVE|.build-deps",
        "apk upgrade|apk|UPGRADE|",
        "apk cache clean|apk|CLEAN|",
        "yum install -y httpd|yum|INSTALL|httpd",
        "yum -y update|yum|UPGRADE|",
        "yum erase x|yum|REMOVE|x",
        "yum makecache|yum|UPDATE_INDEX|",
        "yum -y clean all|yum|CLEAN|",
        "yum groupinstall -y 'Development Tools'|yum|INSTALL|Development Tools",
        "dnf in -y x|dnf|INSTALL|x",
        "dnf -y group install 'Development Tools'|dnf|INSTALL|Development Tools",
        "dnf module install -y nodejs:18|dnf|INSTALL|nodejs:18",
        "dnf rm x|dnf|REMOVE|x",
        "dnf up-min|dnf|UPGRADE|",
        "microdnf install -y x|microdnf|INSTALL|x",
        "microdnf clean all|microdnf|CLEAN|",
        "tdnf install -y x|tdnf|INSTALL|x",
        "zypper -n in x|zypper|INSTALL|x",
        "zypper refresh|zypper|UPDATE_INDEX|",
        "zypper rm x|zypper|REMOVE|x",
        "zypper dup|zypper|UPGRADE|",
        "zypper cc -a|zypper|CLEAN|",
        "pip install -r req.txt flask|pip|INSTALL|flask",
        "python3 -m pip install x|pip|INSTALL|x",
        "pip uninstall -y x|pip|REMOVE|x",
        "pip cache purge|pip|CLEAN|",
        "pip freeze|pip|OTHER|",
        "uv pip install x|uv|INSTALL|x",
        "uv sync --frozen|uv|INSTALL|",
        "uv cache clean|uv|CLEAN|",
        "pipx install black|pipx|INSTALL|black",
        "pipx upgrade-all|pipx|UPGRADE|",
        "poetry install --no-root --only main|poetry|INSTALL|",
        "poetry add requests@^2|poetry|INSTALL|requests@^2",
        "npm ci|npm|INSTALL|",
        "npm i -g --registry https://r.example npm@10|npm|INSTALL|npm@10",
        "npm uninstall x|npm|REMOVE|x",
        "npm cache clean --force|npm|CLEAN|",
        "npm run build|npm|OTHER|build",
        "yarn|yarn|INSTALL|",
        "yarn install --frozen-lockfile|yarn|INSTALL|",
        "yarn global add x|yarn|INSTALL|x",
        "yarn cache clean|yarn|CLEAN|",
        "yarn build|yarn|OTHER|",
        "pnpm add x|pnpm|INSTALL|x",
        "pnpm store prune|pnpm|CLEAN|",
        "gem install bundler -v 2.4.0|gem|INSTALL|bundler",
        "gem update --system|gem|UPGRADE|",
        "bundle install --jobs 4|bundler|INSTALL|",
        "bundle|bundler|INSTALL|",
        "go install example.com/cmd@v1.2.3|go|INSTALL|example.com/cmd@v1.2.3",
        "go mod download|go|INSTALL|",
        "go clean -modcache|go|CLEAN|",
        "go run pkg@v1 -f x|go|INSTALL|pkg@v1",
        "go build -o /app .|go|OTHER|",
        "cargo install ripgrep --version 14.0.0|cargo|INSTALL|ripgrep",
        "cargo fetch|cargo|INSTALL|",
        "composer install --no-dev|composer|INSTALL|",
        "composer require vendor/pkg:^1.0|composer|INSTALL|vendor/pkg:^1.0",
        "composer clear-cache|composer|CLEAN|",
        "mvn -B dependency:go-offline|maven|INSTALL|",
        "mvn -B package|maven|OTHER|",
        "gradle dependencies --no-daemon|gradle|INSTALL|",
    })
    void classifies(String script, String manager, OperationKind kind, String packages) {
        PackageOperation operation = op(script);
        assertThat(operation.manager().name()).isEqualTo(manager);
        assertThat(operation.kind()).isEqualTo(kind);
        List<String> expected = packages == null ? List.of()
                : packages.contains(" ") && !packages.contains("Tools") ? Arrays.asList(packages.split(" "))
                : List.of(packages);
        if (kind == OperationKind.INSTALL || kind == OperationKind.REMOVE || kind == OperationKind.UPGRADE) {
            assertThat(operation.packages()).extracting(Operand::text).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "apt-get install python|false", "apt-get install -q python|false", "apt-get install --quiet python|false",
        "apt-get install -yq python|true", "apt-get -y install python|true", "apt-get install python -y|true",
        "apt-get install --yes python|true", "apt-get install --assume-yes python|true", "apt-get install -qq python|true",
        "apt-get install -q -q python|true", "apt-get install -q=2 python|true",
        "apt-get install --quiet --quiet python|true", "apt-get -o APT::Get::Assume-Yes=true install x|true",
        "sudo apt-get install -y x|true",
        "yum install httpd|false", "yum install -y httpd|true", "yum --assumeyes install x|true",
        "dnf install x|false", "microdnf -y install x|true",
        "zypper install x|false", "zypper -n install x|true", "zypper --non-interactive install x|true",
        "zypper install -y x|true", "zypper install --no-confirm x|true",
    })
    void yesFlags(String script, boolean yes) {
        PackageOperation operation = op(script);
        assertThat(operation.yes()).isEqualTo(yes);
        assertThat(operation.needsConfirmation()).isEqualTo(!yes);
    }

    @Test
    void promptsOnlyWhereTheManagerDoes() {
        assertThat(op("apk add x").needsConfirmation()).isFalse();
        assertThat(op("pip install x").needsConfirmation()).isFalse();
        assertThat(op("pip uninstall x").needsConfirmation()).isTrue();
        assertThat(op("apt-get update").needsConfirmation()).isFalse();
        assertThat(op("microdnf install x").needsConfirmation()).isFalse();
        assertThat(op("apt-get install -s x").needsConfirmation()).isFalse();
        assertThat(op("apt-get install --assume-no x").needsConfirmation()).isFalse();
        assertThat(op("dnf install --assumeno x").needsConfirmation()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> noCache={1} relocated={2}")
    @CsvSource(delimiter = '|', value = {
        "pip install x|false|false", "pip install --no-cache-dir x|true|false", "pip --no-cache-dir install x|true|false",
        "pip install x --no-cache-dir|true|false", "python3 -m pip install --no-cache-dir -r req.txt|true|false",
        "PIP_NO_CACHE_DIR=1 pip install x|true|false", "PIP_NO_CACHE_DIR=on pip install x|true|false",
        "PIP_NO_CACHE_DIR=YES pip install x|true|false", "PIP_NO_CACHE_DIR=True pip install x|true|false",
        "PIP_NO_CACHE_DIR=0 pip install x|false|false", "PIP_NO_CACHE_DIR=off pip install x|false|false",
        "env PIP_NO_CACHE_DIR=true pip install x|true|false", "pip install --cache-dir /tmp/c x|false|true",
        "apk add x|false|false", "apk add --no-cache x|true|false", "apk --no-cache add x|true|false",
        "uv pip install x|false|false", "uv pip install --no-cache x|true|false", "uv --no-cache pip install x|true|false",
        "UV_NO_CACHE=1 uv pip install x|true|false",
        "npm ci|false|false", "npm_config_cache=/tmp/npm npm ci|false|true", "npm ci --cache /tmp/npm|false|true",
        "YARN_CACHE_FOLDER=/tmp/y yarn install|false|true", "yarn install --cache-folder /tmp/y|false|true",
        "composer install --no-cache|true|false", "poetry install --no-cache|true|false",
        "mvn -Dmaven.repo.local=/tmp/m2 dependency:go-offline|false|true", "mvn -DskipTests dependency:go-offline|false|false",
        "dnf --setopt=cachedir=/tmp/d install x|false|true",
    })
    void cacheSettings(String script, boolean noCache, boolean relocated) {
        PackageOperation operation = op(script);
        assertThat(operation.noCache()).isEqualTo(noCache);
        assertThat(operation.cacheRelocated()).isEqualTo(relocated);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "apt-get clean|/var/cache/apt/archives /var/cache/apt/*.bin",
        "apt-get -y clean|/var/cache/apt/archives /var/cache/apt/*.bin",
        "apt-get autoclean|",
        "apt-get distclean|/var/cache/apt/archives /var/cache/apt/*.bin /var/lib/apt/lists",
        "yum clean all|/var/cache/yum", "yum -y clean all|/var/cache/yum", "yum clean packages|",
        "dnf -q clean all|/var/cache/dnf /var/cache/libdnf5", "tdnf clean all|/var/cache/tdnf",
        "zypper clean|/var/cache/zypp/packages", "zypper cc --all|/var/cache/zypp /var/cache/zypp/packages",
        "apk cache clean|/var/cache/apk", "pip cache purge|~/.cache/pip", "pip cache remove x|",
        "npm cache clean --force|~/.npm/_cacache", "npm cache clean|",
        "yarn cache clean|/usr/local/share/.cache/yarn ~/.cache/yarn ~/.yarn/berry/cache",
        "composer clear-cache|~/.composer/cache ~/.cache/composer", "composer cc|~/.composer/cache ~/.cache/composer",
        "go clean -cache|~/.cache/go-build", "uv cache clean|~/.cache/uv",
    })
    void cleans(String script, String deleted) {
        PackageOperation operation = op(script);
        assertThat(operation.kind()).isEqualTo(OperationKind.CLEAN);
        List<String> expected = deleted == null ? List.of() : Arrays.asList(deleted.split(" "));
        assertThat(operation.cleaned()).extracting(CacheDirectory::display).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void notAPackageManager() {
        assertThat(PackageOperation.classify(one("curl -fsSL https://e.org"))).isEmpty();
        assertThat(PackageOperation.classify(one("python3 setup.py install"))).isEmpty();
        assertThat(PackageOperation.classify(one("pipenv install"))).isEmpty();
    }
}
