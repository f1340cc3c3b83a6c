package dev.dlint.command;

import static dev.dlint.command.Commands.args;
import static dev.dlint.command.Commands.one;
import static dev.dlint.command.Commands.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The specs' value-taking options and special syntaxes, tool by tool: each case lists the operands that must remain once
 * options and their values are taken away (a missed value-taking option would leave its value among them).
 */
class ToolSpecsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "git clone --depth 1 -b v1.0 -c core.autocrlf=false https://g.example/x.git /src|https://g.example/x.git /src",
        "git -C /src -c user.name=x checkout -b topic origin/main|origin/main",
        "git -C /src fetch --depth=1 origin tag v1|origin tag v1",
        "git config --global --add safe.directory /src|safe.directory /src",
        "curl -fsSL -o /tmp/x -H 'Accept: a' --retry 3 --connect-timeout 5 https://e.org/x|https://e.org/x",
        "curl -sSL -u user:pass -X POST -d @body.json -w '%{http_code}' https://e.org|https://e.org",
        "curl --proxy http://p:3128 --cacert /ca.pem -A agent https://e.org|https://e.org",
        "wget -q -O - --header 'X: y' -t 3 https://e.org/x|https://e.org/x",
        "wget -nv -P /tmp --progress=dot:giga https://e.org/x|https://e.org/x",
        "wget -qO- https://e.org/x|https://e.org/x",
        "wget -P/tmp/dl -O/tmp/x https://e.org/x|https://e.org/x",
        "tar -xzf /tmp/a.tgz -C /opt --strip-components 1 --exclude '*.md' dir|dir",
        "tar xzf /tmp/a.tgz -C /opt dir|dir",
        "tar cfz /tmp/a.tgz --owner 0 --group 0 --mtime @0 src|src",
        "tar --extract --file=/tmp/a.tar --directory /opt|",
        "unzip -q /tmp/a.zip -d /opt|/tmp/a.zip",
        "unzip -o -P secret a.zip|a.zip",
        "rm -rf --one-file-system /tmp/x|/tmp/x",
        "cp -a --target-directory /dst src1 src2|src1 src2",
        "cp -r -t /dst -S .bak src|src",
        "mv -t /dst -v a b|a b",
        "mkdir -p -m 0755 /opt/x|/opt/x",
        "mkdir --mode=700 /x|/x",
        "chown -R --from root:root app:app /app|app:app /app",
        "chmod -R --reference=/ref /app|/app",
        "ln -sf -t /usr/bin /opt/x/bin/x|/opt/x/bin/x",
        "mktemp -d -p /tmp --suffix .d|",
        "mktemp -d -t build.XXXX|build.XXXX",
        "sha256sum -c --status sums.txt|sums.txt",
        "sed -i -e 's/a/b/' -e 's/c/d/' /etc/x.conf|/etc/x.conf",
        "sed -i.bak 's/a/b/' /etc/x.conf|s/a/b/ /etc/x.conf",
        "sed -E -f script.sed in.txt|in.txt",
        "find / -xdev -type f -name '*.pyc' -delete|/",
        "find /usr/local -depth \\( -type d -a -name test \\) -exec rm -rf '{}' +|/usr/local ( )",
        "find . -maxdepth 1 -newer ref -print0|.",
        "useradd -r -u 1000 -g app -G wheel -d /home/app -s /bin/sh -m -c 'App user' app|app",
        "useradd --uid 1001 --gid 1001 --no-log-init app|app",
        "usermod -a -G audio,video -l newname app|app",
        "groupadd -r -g 1000 app|app",
        "adduser --system --uid 100 --home /var/lib/app --shell /bin/false --ingroup app app|app",
        "adduser -D -u 1000 -G app -h /home/app -s /bin/sh app|app",
        "addgroup -S -g 1000 app|app",
        "gpg --batch --keyserver hkps://keys.example --recv-keys ABC DEF|ABC DEF",
        "gpg --batch --verify --homedir /tmp/g sig.asc file.tgz|sig.asc file.tgz",
        "gpg --dearmor -o /usr/share/keyrings/x.gpg|",
        "cd -P /opt|/opt",
        "dpkg -i --force-confold /tmp/x.deb|/tmp/x.deb",
        "dpkg --add-architecture i386|",
        "rpm -Uvh --nodeps --root /mnt https://r.example/x.rpm|https://r.example/x.rpm",
        "rpm --import https://r.example/key|https://r.example/key",
        "apt-mark auto x y|x y",
        "go build -o /out/app -ldflags '-s -w' -tags netgo ./cmd/app|./cmd/app",
        "go build --ldflags=-s -trimpath .|.",
        "go test -run TestX -count=1 ./...|./...",
        "cargo build --release --target x86_64-unknown-linux-musl -p app --bin app|",
        "cargo chef cook --release --recipe-path recipe.json|",
        "mvn -B -pl core -am -DskipTests -Pprod -s settings.xml -T 1C package|package",
        "mvn -f pom.xml -ntp dependency:go-offline|dependency:go-offline",
        "gradle --no-daemon -x test -Pversion=1 -Dorg.gradle.jvmargs=-Xmx1g -p /src build|build",
        "npm install --prefix /app --registry https://r.example -w pkg express|express",
        "npm install --omit=dev --loglevel error|",
        "yarn install --frozen-lockfile --network-timeout 100000 --cache-folder /tmp/y|",
        "pnpm install --frozen-lockfile --store-dir /pnpm/store -C /app|",
        "gem install -N -i /gems --bindir /bin -s https://g.example rails|rails",
        "bundle install --jobs 4 --retry 3 --without development test|",
        "bundle config set --local path vendor/bundle|path vendor/bundle",
        "composer install -d /app --no-dev --prefer-dist --no-interaction|",
        "pip install -i https://i.example/simple --extra-index-url https://x.example -t /opt --prefix /usr -c c.txt pkg|pkg",
        "pip install --no-cache-dir --upgrade pip setuptools wheel|pip setuptools wheel",
        "pip download -d /wheels -r req.txt|",
        "pip wheel -w /wheels pkg|pkg",
        "pipx install --python python3.12 --suffix @1 black|black",
        "poetry install --no-root --without dev --extras 'a b'|",
        "poetry export -f requirements.txt -o req.txt --without-hashes|",
        "pipenv install --system --deploy --python 3.11|",
        "uv sync --frozen --no-dev --group docs --python 3.12|",
        "uv tool install --with httpx ruff|ruff",
        "apk add --no-cache --virtual .deps --repository https://r.example gcc musl-dev|gcc musl-dev",
        "apk -X https://r.example -p /root add x|x",
        "dnf install -y --setopt=tsflags=nodocs --enablerepo epel --exclude 'kernel*' x|x",
        "yum install -y --disablerepo '*' --enablerepo=base x|x",
        "zypper --non-interactive --gpg-auto-import-keys install -y --from repo -t pattern devel_basis|devel_basis",
        "zypper ar -f -n Name https://r.example alias|https://r.example alias",
        "apt-get install -y -o Dpkg::Options::=--force-confdef -t bookworm-backports --no-install-recommends x|x",
        "apt-get -c /etc/apt.conf -a arm64 install x|x",
        "sudo -u app -g app -D /tmp -- ls /x|/x",
        "unzip -q a.zip -x '*.txt' '*.md' -d /opt|a.zip",
        "timeout -k 5 --signal=TERM 60 sleep 100|100",
    })
    void valueTakingOptionsLeaveOnlyTheOperands(String script, String operands) {
        List<String> expected = operands == null ? List.of() : Arrays.asList(operands.split(" "));
        assertThat(args(one(script))).containsExactlyElementsOf(expected);
    }

    @Test
    void oldStyleTarBundleTakesValuesInTurn() {
        String script = "tar cfb /tmp/a.tar 20 src";
        Invocation tar = one(script);
        assertThat(options(tar)).containsExactly("--create", "--file=/tmp/a.tar", "--blocking-factor=20");
        assertThat(tar.options().get(1).span().of(script)).isEqualTo("f");
        assertThat(args(tar)).containsExactly("src");
    }

    @Test
    void findExecTakesTheWordsUpToTheTerminator() {
        Invocation find = one("find /tmp -name '*.log' -exec rm -f {} \\; -print");
        assertThat(find.value("-exec")).contains("rm -f {} ;");
        assertThat(find.has("-print")).isTrue();
        assertThat(args(find)).containsExactly("/tmp");
    }

    @Test
    void wgetWholeWordOptions() {
        Invocation wget = one("wget -nv -nc -np https://e.org");
        assertThat(options(wget)).containsExactly("--no-verbose", "--no-clobber", "--no-parent");
        assertThat(wget.has("-nv")).isTrue();
    }

    @Test
    void mavenWholeWordAndAttachedValues() {
        Invocation mvn = one("mvn -ntp -DskipTests=true -Pci -pl a,b verify");
        assertThat(options(mvn)).containsExactly("--no-transfer-progress", "--define=skipTests=true",
                "--activate-profiles=ci", "--projects=a,b");
        assertThat(mvn.has("-D")).isTrue();
    }

    @Test
    void goTakesSingleDashLongOptions() {
        Invocation go = one("go build -mod=mod -o app .");
        assertThat(options(go)).containsExactly("-mod=mod", "-o=app");
        assertThat(go.options()).allMatch(Option::known);
    }

    @Test
    void aliasesOfSubcommandsAreCanonical() {
        assertThat(one("npm i express").subcommands()).containsExactly("install");
        assertThat(one("dnf in x").subcommands()).containsExactly("install");
        assertThat(one("yum update").subcommands()).containsExactly("upgrade");
        assertThat(one("zypper in x").isSubcommand("install")).isTrue();
        assertThat(one("zypper in x").isSubcommand("in")).isTrue();
        assertThat(one("npm cache clear --force").isSubcommand("cache", "clean")).isTrue();
        assertThat(one("apk cache clean").isWithin("cache")).isTrue();
        assertThat(one("go mod download").isSubcommand("mod", "download")).isTrue();
        assertThat(one("yum module install x").isSubcommand("module", "install")).isTrue();
        assertThat(one("dnf group install x").isSubcommand("group", "install")).isTrue();
        assertThat(one("pip cache purge").isSubcommand("cache", "purge")).isTrue();
    }

    @Test
    void everyDefaultToolParsesItsOwnName() {
        for (ToolSpec spec : ToolRegistry.defaults().tools()) {
            assertThat(ToolRegistry.defaults().lookup(spec.name())).as(spec.name()).containsSame(spec);
        }
        assertThat(ToolRegistry.defaults().lookup("pip3.12")).map(ToolSpec::name).contains("pip");
        assertThat(ToolRegistry.defaults().lookup("python3.11")).map(ToolSpec::name).contains("python");
        assertThat(ToolRegistry.defaults().lookup("gradlew")).map(ToolSpec::name).contains("gradle");
        assertThat(ToolRegistry.defaults().lookup("pip3x")).isEmpty();
    }
}
